// Flags: --allow-natives-syntax
// V8's TooManyFastProperties: properties added to `{}` by keyed store
// (o[k] = v) turn it into dictionary mode at the 20th; properties added by
// name (o.p = v) stay fast well past 300.
function keyedAdds(n) {
  const o = {};
  for (let i = 0; i < n; i++) o['k' + i] = i;
  return o;
}
const k19 = keyedAdds(19);
console.log('19 keyed adds:', %HasFastProperties(k19), Object.keys(k19).length);
const k20 = keyedAdds(20);
console.log('20 keyed adds:', %HasFastProperties(k20), Object.keys(k20).length);
console.log('values kept:', k20.k0, k20.k18, k20.k19, Object.values(k20).reduce((a, b) => a + b, 0));

// Computed keys in a literal are defined by keyed define (DefineKeyedOwnProperty).
const lit = {
  ['c' + 0]: 0, ['c' + 1]: 1, ['c' + 2]: 2, ['c' + 3]: 3, ['c' + 4]: 4,
  ['c' + 5]: 5, ['c' + 6]: 6, ['c' + 7]: 7, ['c' + 8]: 8, ['c' + 9]: 9,
  ['c' + 10]: 10, ['c' + 11]: 11, ['c' + 12]: 12, ['c' + 13]: 13, ['c' + 14]: 14,
  ['c' + 15]: 15, ['c' + 16]: 16, ['c' + 17]: 17, ['c' + 18]: 18, ['c' + 19]: 19,
};
console.log('20 computed keys in a literal:', %HasFastProperties(lit), Object.keys(lit).length);

// 300 named adds stay fast.
const named = {};
named.p0 = 0; named.p1 = 1; named.p2 = 2; named.p3 = 3; named.p4 = 4; named.p5 = 5; named.p6 = 6; named.p7 = 7; named.p8 = 8; named.p9 = 9;
named.p10 = 10; named.p11 = 11; named.p12 = 12; named.p13 = 13; named.p14 = 14; named.p15 = 15; named.p16 = 16; named.p17 = 17; named.p18 = 18; named.p19 = 19;
named.p20 = 20; named.p21 = 21; named.p22 = 22; named.p23 = 23; named.p24 = 24; named.p25 = 25; named.p26 = 26; named.p27 = 27; named.p28 = 28; named.p29 = 29;
named.p30 = 30; named.p31 = 31; named.p32 = 32; named.p33 = 33; named.p34 = 34; named.p35 = 35; named.p36 = 36; named.p37 = 37; named.p38 = 38; named.p39 = 39;
named.p40 = 40; named.p41 = 41; named.p42 = 42; named.p43 = 43; named.p44 = 44; named.p45 = 45; named.p46 = 46; named.p47 = 47; named.p48 = 48; named.p49 = 49;
named.p50 = 50; named.p51 = 51; named.p52 = 52; named.p53 = 53; named.p54 = 54; named.p55 = 55; named.p56 = 56; named.p57 = 57; named.p58 = 58; named.p59 = 59;
named.p60 = 60; named.p61 = 61; named.p62 = 62; named.p63 = 63; named.p64 = 64; named.p65 = 65; named.p66 = 66; named.p67 = 67; named.p68 = 68; named.p69 = 69;
named.p70 = 70; named.p71 = 71; named.p72 = 72; named.p73 = 73; named.p74 = 74; named.p75 = 75; named.p76 = 76; named.p77 = 77; named.p78 = 78; named.p79 = 79;
named.p80 = 80; named.p81 = 81; named.p82 = 82; named.p83 = 83; named.p84 = 84; named.p85 = 85; named.p86 = 86; named.p87 = 87; named.p88 = 88; named.p89 = 89;
named.p90 = 90; named.p91 = 91; named.p92 = 92; named.p93 = 93; named.p94 = 94; named.p95 = 95; named.p96 = 96; named.p97 = 97; named.p98 = 98; named.p99 = 99;
named.p100 = 100; named.p101 = 101; named.p102 = 102; named.p103 = 103; named.p104 = 104; named.p105 = 105; named.p106 = 106; named.p107 = 107; named.p108 = 108; named.p109 = 109;
named.p110 = 110; named.p111 = 111; named.p112 = 112; named.p113 = 113; named.p114 = 114; named.p115 = 115; named.p116 = 116; named.p117 = 117; named.p118 = 118; named.p119 = 119;
named.p120 = 120; named.p121 = 121; named.p122 = 122; named.p123 = 123; named.p124 = 124; named.p125 = 125; named.p126 = 126; named.p127 = 127; named.p128 = 128; named.p129 = 129;
named.p130 = 130; named.p131 = 131; named.p132 = 132; named.p133 = 133; named.p134 = 134; named.p135 = 135; named.p136 = 136; named.p137 = 137; named.p138 = 138; named.p139 = 139;
named.p140 = 140; named.p141 = 141; named.p142 = 142; named.p143 = 143; named.p144 = 144; named.p145 = 145; named.p146 = 146; named.p147 = 147; named.p148 = 148; named.p149 = 149;
named.p150 = 150; named.p151 = 151; named.p152 = 152; named.p153 = 153; named.p154 = 154; named.p155 = 155; named.p156 = 156; named.p157 = 157; named.p158 = 158; named.p159 = 159;
named.p160 = 160; named.p161 = 161; named.p162 = 162; named.p163 = 163; named.p164 = 164; named.p165 = 165; named.p166 = 166; named.p167 = 167; named.p168 = 168; named.p169 = 169;
named.p170 = 170; named.p171 = 171; named.p172 = 172; named.p173 = 173; named.p174 = 174; named.p175 = 175; named.p176 = 176; named.p177 = 177; named.p178 = 178; named.p179 = 179;
named.p180 = 180; named.p181 = 181; named.p182 = 182; named.p183 = 183; named.p184 = 184; named.p185 = 185; named.p186 = 186; named.p187 = 187; named.p188 = 188; named.p189 = 189;
named.p190 = 190; named.p191 = 191; named.p192 = 192; named.p193 = 193; named.p194 = 194; named.p195 = 195; named.p196 = 196; named.p197 = 197; named.p198 = 198; named.p199 = 199;
named.p200 = 200; named.p201 = 201; named.p202 = 202; named.p203 = 203; named.p204 = 204; named.p205 = 205; named.p206 = 206; named.p207 = 207; named.p208 = 208; named.p209 = 209;
named.p210 = 210; named.p211 = 211; named.p212 = 212; named.p213 = 213; named.p214 = 214; named.p215 = 215; named.p216 = 216; named.p217 = 217; named.p218 = 218; named.p219 = 219;
named.p220 = 220; named.p221 = 221; named.p222 = 222; named.p223 = 223; named.p224 = 224; named.p225 = 225; named.p226 = 226; named.p227 = 227; named.p228 = 228; named.p229 = 229;
named.p230 = 230; named.p231 = 231; named.p232 = 232; named.p233 = 233; named.p234 = 234; named.p235 = 235; named.p236 = 236; named.p237 = 237; named.p238 = 238; named.p239 = 239;
named.p240 = 240; named.p241 = 241; named.p242 = 242; named.p243 = 243; named.p244 = 244; named.p245 = 245; named.p246 = 246; named.p247 = 247; named.p248 = 248; named.p249 = 249;
named.p250 = 250; named.p251 = 251; named.p252 = 252; named.p253 = 253; named.p254 = 254; named.p255 = 255; named.p256 = 256; named.p257 = 257; named.p258 = 258; named.p259 = 259;
named.p260 = 260; named.p261 = 261; named.p262 = 262; named.p263 = 263; named.p264 = 264; named.p265 = 265; named.p266 = 266; named.p267 = 267; named.p268 = 268; named.p269 = 269;
named.p270 = 270; named.p271 = 271; named.p272 = 272; named.p273 = 273; named.p274 = 274; named.p275 = 275; named.p276 = 276; named.p277 = 277; named.p278 = 278; named.p279 = 279;
named.p280 = 280; named.p281 = 281; named.p282 = 282; named.p283 = 283; named.p284 = 284; named.p285 = 285; named.p286 = 286; named.p287 = 287; named.p288 = 288; named.p289 = 289;
named.p290 = 290; named.p291 = 291; named.p292 = 292; named.p293 = 293; named.p294 = 294; named.p295 = 295; named.p296 = 296; named.p297 = 297; named.p298 = 298; named.p299 = 299;
console.log('300 named adds:', %HasFastProperties(named), Object.keys(named).length, named.p0, named.p299);
