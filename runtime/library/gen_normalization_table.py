# Generates runtime/library/unicode_normalization_table.h from Python's
# unicodedata: canonical and compatibility decompositions and combining
# classes for Latin text (and the Greek/Cyrillic accents that share the
# combining marks), enough for String.prototype.normalize on Latin text.
import unicodedata as u
ranges = [(0x00A0, 0x024F), (0x0250, 0x02FF), (0x0370, 0x03FF), (0x0400, 0x04FF), (0x1E00, 0x1FFF),
          (0x2000, 0x2070), (0x2100, 0x2189), (0xFB00, 0xFB06)]
rows = []
for lo, hi in ranges:
    for cp in range(lo, hi + 1):
        d = u.decomposition(chr(cp))
        if not d:
            continue
        compat = d.startswith('<')
        parts = d.split()
        if compat:
            parts = parts[1:]
        cps = [int(p, 16) for p in parts]
        if len(cps) > 3:
            continue
        composable = (not compat and len(cps) == 2 and u.normalize('NFC', chr(cps[0]) + chr(cps[1])) == chr(cp))
        rows.append((cp, cps + [0] * (3 - len(cps)), compat, composable))
ccc = []
for lo, hi in [(0x0300, 0x036F), (0x0483, 0x0489), (0x1AB0, 0x1AFF), (0x1DC0, 0x1DFF), (0x20D0, 0x20FF), (0xFE20, 0xFE2F)]:
    for cp in range(lo, hi + 1):
        c = u.combining(chr(cp))
        if c:
            ccc.append((cp, c))
out = []
out.append('// Copyright the Lucid authors. MIT license.')
out.append('// Generated from Unicode %s data (Python unicodedata) by' % u.unidata_version)
out.append('// runtime/library/gen_normalization_table.py: decompositions of Latin, Greek and')
out.append('// Cyrillic letters, symbols and ligatures, and the combining classes of')
out.append('// the combining marks. Do not edit by hand.')
out.append('')
out.append('#ifndef LUCID_RUNTIME_LIBRARY_UNICODE_NORMALIZATION_TABLE_H_')
out.append('#define LUCID_RUNTIME_LIBRARY_UNICODE_NORMALIZATION_TABLE_H_')
out.append('')
out.append('#include <cstdint>')
out.append('')
out.append('namespace lucid::library {')
out.append('')
out.append('struct Decomposition {')
out.append('  uint16_t code_point;')
out.append('  uint16_t parts[3];  // 0-terminated')
out.append('  bool compatibility;  // NFKD only')
out.append('  bool composable;     // a primary composite NFC recomposes')
out.append('};')
out.append('')
out.append('// Sorted by code point.')
out.append('inline constexpr Decomposition kDecompositions[] = {')
for cp, parts, compat, comp in rows:
    out.append('    {0x%04X, {0x%04X, 0x%04X, 0x%04X}, %s, %s},' % (cp, parts[0], parts[1], parts[2], 'true' if compat else 'false', 'true' if comp else 'false'))
out.append('};')
out.append('')
out.append('struct CombiningClass {')
out.append('  uint16_t code_point;')
out.append('  uint8_t value;')
out.append('};')
out.append('')
out.append('// Sorted by code point; absent = 0 (a starter).')
out.append('inline constexpr CombiningClass kCombiningClasses[] = {')
for cp, c in ccc:
    out.append('    {0x%04X, %d},' % (cp, c))
out.append('};')
out.append('')
out.append('}  // namespace lucid::library')
out.append('')
out.append('#endif  // LUCID_RUNTIME_LIBRARY_UNICODE_NORMALIZATION_TABLE_H_')
open('runtime/library/unicode_normalization_table.h', 'w').write('\n'.join(out) + '\n')
print(len(rows), len(ccc))

# The one-to-many uppercase mappings of SpecialCasing.txt (unconditional):
# runtime/library/unicode_special_casing_table.h.
special = []
for cp in range(0x80, 0x10000):
    if 0xD800 <= cp <= 0xDFFF:
        continue
    up = chr(cp).upper()
    if len(up) > 1:
        units = [ord(c) for c in up]
        assert len(units) <= 3 and all(u_ <= 0xFFFF for u_ in units)
        special.append((cp, units + [0] * (3 - len(units))))
out = []
out.append('// Copyright the Lucid authors. MIT license.')
out.append('// Generated from Unicode %s data (Python unicodedata) by' % u.unidata_version)
out.append('// runtime/library/gen_normalization_table.py: the BMP characters whose')
out.append('// uppercase is several characters (SpecialCasing.txt, unconditional), as')
out.append('// String.prototype.toUpperCase maps them. Do not edit by hand.')
out.append('')
out.append('#ifndef LUCID_RUNTIME_LIBRARY_UNICODE_SPECIAL_CASING_TABLE_H_')
out.append('#define LUCID_RUNTIME_LIBRARY_UNICODE_SPECIAL_CASING_TABLE_H_')
out.append('')
out.append('#include <cstdint>')
out.append('')
out.append('namespace lucid::library {')
out.append('')
out.append('struct SpecialUpper {')
out.append('  uint16_t code_point;')
out.append('  uint16_t upper[3];  // 0-terminated')
out.append('};')
out.append('')
out.append('// Sorted by code point.')
out.append('inline constexpr SpecialUpper kSpecialUppercase[] = {')
for cp, units in special:
    out.append('    {0x%04X, {0x%04X, 0x%04X, 0x%04X}},' % (cp, units[0], units[1], units[2]))
out.append('};')
out.append('')
out.append('}  // namespace lucid::library')
out.append('')
out.append('#endif  // LUCID_RUNTIME_LIBRARY_UNICODE_SPECIAL_CASING_TABLE_H_')
open('runtime/library/unicode_special_casing_table.h', 'w').write('\n'.join(out) + '\n')
print(len(special))
