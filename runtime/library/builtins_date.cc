// Copyright the Lucid authors. MIT license.
// Date (ECMA-262 21.4): the spec's time arithmetic (Day, TimeWithinDay,
// MakeDay, MakeTime, MakeDate, TimeClip), local time through the C
// library (localtime_r after tzset, so TZ is honoured), the ISO and legacy
// string formats, and the builtins.

#include "runtime/library/builtins_date.h"

#include <algorithm>
#include <cctype>
#include <cstdarg>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <ctime>
#include <string>
#include <vector>

#include "runtime/library/library_util.h"
#include "vm/isolate.h"
#include "vm/objects/factory.h"
#include "vm/objects/js_date.h"
#include "vm/objects/js_function.h"
#include "vm/objects/string.h"

namespace lucid {

using namespace library;  // NOLINT: the helpers of this folder.

namespace date {

// -- Spec time arithmetic (21.4.1) -----------------------------------------------------

constexpr double kMsPerSecond = 1000;
constexpr double kMsPerMinute = 60000;
constexpr double kMsPerHour = 3600000;
constexpr double kMsPerDay = 86400000;
constexpr double kMaxTimeValue = 8.64e15;

double Day(double t) { return std::floor(t / kMsPerDay); }
double TimeWithinDay(double t) {
  double r = std::fmod(t, kMsPerDay);
  return r < 0 ? r + kMsPerDay : r;
}

double DayFromYear(double y) {
  return 365 * (y - 1970) + std::floor((y - 1969) / 4) - std::floor((y - 1901) / 100) +
         std::floor((y - 1601) / 400);
}
bool IsLeapYear(double y) {
  return std::fmod(y, 4) == 0 && (std::fmod(y, 100) != 0 || std::fmod(y, 400) == 0);
}
double DaysInYear(double y) { return IsLeapYear(y) ? 366 : 365; }

double YearFromTime(double t) {
  double day = Day(t);
  double y = std::floor(day / 365.2425) + 1970;
  while (DayFromYear(y) > day) y--;
  while (DayFromYear(y + 1) <= day) y++;
  return y;
}

// Cumulative days before each month (non-leap).
constexpr int kDaysBeforeMonth[13] = {0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334, 365};

int DaysBefore(int month, bool leap) { return kDaysBeforeMonth[month] + (leap && month >= 2 ? 1 : 0); }

void YearMonthDate(double t, double* year, int* month, int* date) {
  double y = YearFromTime(t);
  int day_in_year = static_cast<int>(Day(t) - DayFromYear(y));
  bool leap = IsLeapYear(y);
  int m = 0;
  while (m < 11 && day_in_year >= DaysBefore(m + 1, leap)) m++;
  *year = y;
  *month = m;
  *date = day_in_year - DaysBefore(m, leap) + 1;
}

int WeekDay(double t) {
  double r = std::fmod(Day(t) + 4, 7);
  return static_cast<int>(r < 0 ? r + 7 : r);
}

double ToIntegerOrInf(double d) { return std::isnan(d) ? 0 : std::trunc(d) + 0.0; }

double MakeTime(double hour, double min, double sec, double ms) {
  if (!std::isfinite(hour) || !std::isfinite(min) || !std::isfinite(sec) || !std::isfinite(ms)) {
    return NAN;
  }
  return ToIntegerOrInf(hour) * kMsPerHour + ToIntegerOrInf(min) * kMsPerMinute +
         ToIntegerOrInf(sec) * kMsPerSecond + ToIntegerOrInf(ms);
}

double MakeDay(double year, double month, double date) {
  if (!std::isfinite(year) || !std::isfinite(month) || !std::isfinite(date)) return NAN;
  double y = ToIntegerOrInf(year), m = ToIntegerOrInf(month), dt = ToIntegerOrInf(date);
  double ym = y + std::floor(m / 12);
  // Far outside the time value range: no day can represent it (V8's bound).
  if (!std::isfinite(ym) || std::fabs(ym) > 1000000) return NAN;
  int mn = static_cast<int>(std::fmod(m, 12));
  if (mn < 0) mn += 12;
  double day = DayFromYear(ym) + DaysBefore(mn, IsLeapYear(ym));
  return day + dt - 1;
}

double MakeDate(double day, double time) {
  if (!std::isfinite(day) || !std::isfinite(time)) return NAN;
  double tv = day * kMsPerDay + time;
  return std::isfinite(tv) ? tv : NAN;
}

double TimeClip(double time) {
  if (!std::isfinite(time) || std::fabs(time) > kMaxTimeValue) return NAN;
  return ToIntegerOrInf(time);
}

// -- Local time (the C library's zone rules) ----------------------------------------------

// The zone's offset from UTC at instant {t} (ms), and whether DST is on.
double OffsetAt(double t, bool* is_dst = nullptr) {
  if (!(std::fabs(t) <= 2 * kMaxTimeValue)) {  // no date; keeps the time_t cast defined
    if (is_dst != nullptr) *is_dst = false;
    return 0;
  }
  time_t seconds = static_cast<time_t>(std::floor(t / 1000));
  struct tm tm;
  if (localtime_r(&seconds, &tm) == nullptr) {
    if (is_dst != nullptr) *is_dst = false;
    return 0;
  }
  if (is_dst != nullptr) *is_dst = tm.tm_isdst > 0;
  return static_cast<double>(tm.tm_gmtoff) * 1000;
}

double LocalTime(double t) { return t + OffsetAt(t); }

// Spec: UTC(t) for a local time value: the instant whose local time is t.
// A time repeated by a backward transition means its earlier instant; a
// time skipped by a forward one is read with the offset from before the
// transition (the spec's and V8's choice).
double UTCFromLocal(double t) {
  // Far outside the time range TimeClip makes it NaN anyway.
  if (!(std::fabs(t) <= 2 * kMaxTimeValue)) return NAN;
  constexpr double kWindow = 36 * kMsPerHour;
  double before = OffsetAt(t - kWindow);
  double candidates[3] = {before, OffsetAt(t), OffsetAt(t + kWindow)};
  bool found = false;
  double best = 0;
  for (double offset : candidates) {
    double u = t - offset;
    if (OffsetAt(u) == offset && (!found || u < best)) {
      best = u;
      found = true;
    }
  }
  return found ? best : t - before;
}

// The C library's abbreviation at {t} ("EST", "LMT", "+0553").
std::string Abbreviation(double t, bool* is_dst) {
  if (!(std::fabs(t) <= 2 * kMaxTimeValue)) return "";
  time_t seconds = static_cast<time_t>(std::floor(t / 1000));
  struct tm tm;
  if (localtime_r(&seconds, &tm) == nullptr || tm.tm_zone == nullptr) return "";
  *is_dst = tm.tm_isdst > 0;
  return tm.tm_zone;
}

// The long name ICU gives the zone of {abbreviation}, or null.
const char* LongName(const std::string& abbreviation) {
  static constexpr struct {
    const char* abbreviation;
    const char* name;
  } kNames[] = {
      {"UTC", "Coordinated Universal Time"},  {"GMT", "Greenwich Mean Time"},
      {"BST", "British Summer Time"},         {"EST", "Eastern Standard Time"},
      {"EDT", "Eastern Daylight Time"},       {"CST", "Central Standard Time"},
      {"CDT", "Central Daylight Time"},       {"MST", "Mountain Standard Time"},
      {"MDT", "Mountain Daylight Time"},      {"PST", "Pacific Standard Time"},
      {"PDT", "Pacific Daylight Time"},       {"IST", "India Standard Time"},
      {"JST", "Japan Standard Time"},         {"CET", "Central European Standard Time"},
      {"CEST", "Central European Summer Time"}, {"EET", "Eastern European Standard Time"},
      {"EEST", "Eastern European Summer Time"}, {"AEST", "Australian Eastern Standard Time"},
      {"AEDT", "Australian Eastern Daylight Time"},
  };
  for (const auto& entry : kNames) {
    if (abbreviation == entry.abbreviation) return entry.name;
  }
  return nullptr;
}

// V8's EquivalentTime: the same month, day and time in a year of 2008..2035
// with the same leap-ness and weekday of January 1st. V8 decides "is DST"
// there for instants before 1970 or after 2038, to name the zone.
double EquivalentTime(double t) {
  double year = YearFromTime(t);
  int jan1_weekday = WeekDay(DayFromYear(year) * kMsPerDay);
  int recent = (IsLeapYear(year) ? 1956 : 1967) + (jan1_weekday * 12) % 28;
  double equivalent = 2008 + (recent + 3 * 28 - 2008) % 28;
  double day_in_year = Day(t) - DayFromYear(year);
  return (DayFromYear(equivalent) + day_in_year) * kMsPerDay + TimeWithinDay(t);
}

// The long zone name node (ICU) prints in toString. Like V8 it depends only
// on whether DST is in effect (judged at EquivalentTime outside
// 1970..2038); the standard and daylight names are the zone's current ones
// (its 2024 abbreviations through the table above), which is also how ICU
// names historical offsets such as local mean time. Zones the table does
// not know print as ICU's fallback "GMT+hh:mm".
std::string ZoneName(double t) {
  constexpr double kMaxEpochTimeMs = 2147483647.0 * 1000;
  double probe_time = (t < 0 || t > kMaxEpochTimeMs) ? EquivalentTime(t) : t;
  bool is_dst = false;
  Abbreviation(probe_time, &is_dst);
  for (double probe : {1704067200000.0, 1719792000000.0}) {  // January, July 2024
    bool probe_dst = false;
    std::string current = Abbreviation(probe, &probe_dst);
    if (probe_dst != is_dst) continue;
    if (const char* name = LongName(current)) return name;
  }
  int minutes = static_cast<int>(OffsetAt(t) / kMsPerMinute);
  char buffer[32];
  std::snprintf(buffer, sizeof(buffer), "GMT%c%02d:%02d", minutes < 0 ? '-' : '+',
                std::abs(minutes) / 60, std::abs(minutes) % 60);
  return buffer;
}

// -- Formatting ------------------------------------------------------------------------

constexpr const char* kWeekDays[] = {"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"};
constexpr const char* kMonths[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                   "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};

struct Fields {
  double year;
  int month, date, weekday, hours, minutes, seconds, ms;
};

Fields Split(double t) {
  Fields f;
  YearMonthDate(t, &f.year, &f.month, &f.date);
  f.weekday = WeekDay(t);
  double in_day = TimeWithinDay(t);
  f.hours = static_cast<int>(in_day / kMsPerHour);
  f.minutes = static_cast<int>(std::fmod(in_day / kMsPerMinute, 60));
  f.seconds = static_cast<int>(std::fmod(in_day / kMsPerSecond, 60));
  f.ms = static_cast<int>(std::fmod(in_day, 1000));
  return f;
}

std::string Format(const char* format, ...) __attribute__((format(printf, 1, 2)));
std::string Format(const char* format, ...) {
  char buffer[128];
  va_list args;
  va_start(args, format);
  std::vsnprintf(buffer, sizeof(buffer), format, args);
  va_end(args);
  return buffer;
}

// "2024" / "-0001" / "12345": toString's year (at least 4 digits).
std::string YearString(double year) {
  long long y = static_cast<long long>(year);
  return y < 0 ? Format("-%04lld", -y) : Format("%04lld", y);
}

std::string DatePart(const Fields& f) {
  return Format("%s %s %02d ", kWeekDays[f.weekday], kMonths[f.month], f.date) +
         YearString(f.year);
}

std::string TimePart(double t) {
  double local = LocalTime(t);
  Fields f = Split(local);
  int offset = static_cast<int>((local - t) / kMsPerMinute);
  return Format("%02d:%02d:%02d GMT%c%02d%02d (", f.hours, f.minutes, f.seconds,
                offset < 0 ? '-' : '+', std::abs(offset) / 60, std::abs(offset) % 60) +
         ZoneName(t) + ")";
}

std::string ToDateTimeString(double t) {
  return DatePart(Split(LocalTime(t))) + " " + TimePart(t);
}

std::string ToISOString(double t) {
  Fields f = Split(t);
  long long y = static_cast<long long>(f.year);
  std::string year = (y >= 0 && y <= 9999) ? Format("%04lld", y)
                                           : Format("%c%06lld", y < 0 ? '-' : '+', y < 0 ? -y : y);
  return year + Format("-%02d-%02dT%02d:%02d:%02d.%03dZ", f.month + 1, f.date, f.hours, f.minutes,
                       f.seconds, f.ms);
}

std::string ToUTCString(double t) {
  Fields f = Split(t);
  return Format("%s, %02d %s ", kWeekDays[f.weekday], f.date, kMonths[f.month]) +
         YearString(f.year) + Format(" %02d:%02d:%02d GMT", f.hours, f.minutes, f.seconds);
}

// en-US as node prints it: "1/2/2024" and "3:04:05 AM".
std::string LocaleDate(double t) {
  Fields f = Split(LocalTime(t));
  // ICU's en-US shows the era year: 0 is 1 (BC), -1 is 2.
  long long year = static_cast<long long>(f.year);
  return Format("%d/%d/%lld", f.month + 1, f.date, year > 0 ? year : 1 - year);
}
std::string LocaleTime(double t) {
  Fields f = Split(LocalTime(t));
  int hour12 = f.hours % 12 == 0 ? 12 : f.hours % 12;
  return Format("%d:%02d:%02d %s", hour12, f.minutes, f.seconds, f.hours < 12 ? "AM" : "PM");
}

// -- Parsing -------------------------------------------------------------------------------

// A tiny cursor over the (ASCII-folded) string.
struct Cursor {
  std::u16string s;
  size_t i = 0;
  bool AtEnd() const { return i >= s.size(); }
  char16_t Peek() const { return AtEnd() ? 0 : s[i]; }
  bool Eat(char16_t c) {
    if (Peek() != c) return false;
    i++;
    return true;
  }
  bool IsDigit() const { return Peek() >= u'0' && Peek() <= u'9'; }
  // Exactly {n} digits.
  bool Digits(int n, int* out) {
    int value = 0;
    for (int k = 0; k < n; k++) {
      if (!IsDigit()) return false;
      value = value * 10 + (s[i++] - u'0');
    }
    *out = value;
    return true;
  }
};

// ES date-time string format (21.4.1.32), with V8's extended years.
// Returns false when the string is not in that format (the legacy parser
// gets it then); *out is NaN for an invalid date, and for any string that
// has a complete date and a 'T' but a malformed time (V8 gives up there
// rather than falling back).
bool ParseISO(const std::u16string& text, double* out) {
  Cursor c{text};
  int year = 0, month = 1, day = 1, hour = 0, minute = 0, second = 0, ms = 0;
  if (c.Peek() == u'+' || c.Peek() == u'-') {
    bool negative = c.s[c.i++] == u'-';
    if (!c.Digits(6, &year)) return false;
    if (negative && year == 0) return *out = NAN, true;
    if (negative) year = -year;
  } else if (!c.Digits(4, &year)) {
    return false;
  }
  bool date_only = true;
  if (c.Eat(u'-')) {
    if (!c.Digits(2, &month) || month < 1 || month > 12) return false;
    if (c.Eat(u'-') && (!c.Digits(2, &day) || day < 1 || day > 31)) return false;
  }
  bool has_offset = false;
  double offset_ms = 0;
  auto invalid = [out]() {
    *out = NAN;
    return true;
  };
  if (c.Peek() == u'T' || c.Peek() == u't') {
    c.i++;
    date_only = false;
    if (!c.Digits(2, &hour) || !c.Eat(u':') || !c.Digits(2, &minute)) return invalid();
    if (c.Eat(u':')) {
      if (!c.Digits(2, &second)) return invalid();
      if (c.Eat(u'.')) {
        if (!c.IsDigit()) return invalid();
        int digits = 0;
        ms = 0;
        while (c.IsDigit()) {
          if (digits < 3) ms = ms * 10 + (c.s[c.i] - u'0');
          digits++;
          c.i++;
        }
        while (digits < 3) ms *= 10, digits++;
      }
    }
    if (hour > 24 || minute > 59 || second > 59 ||
        (hour == 24 && (minute != 0 || second != 0 || ms != 0))) {
      return invalid();
    }
    if (c.Eat(u'Z') || c.Eat(u'z')) {
      has_offset = true;
    } else if (c.Peek() == u'+' || c.Peek() == u'-') {
      int sign = c.s[c.i++] == u'-' ? -1 : 1;
      int oh, om;
      // ±hh:mm, or ±hhmm (V8 takes both).
      if (!c.Digits(2, &oh) || (c.Eat(u':'), !c.Digits(2, &om)) || oh > 23 || om > 59) {
        return invalid();
      }
      has_offset = true;
      offset_ms = sign * (oh * kMsPerHour + om * kMsPerMinute);
    }
  }
  if (!c.AtEnd()) return date_only ? false : invalid();
  double t = MakeDate(MakeDay(year, month - 1, day), MakeTime(hour, minute, second, ms));
  if (date_only || has_offset) {
    t -= offset_ms;
  } else {
    t = UTCFromLocal(t);
  }
  *out = TimeClip(t);
  return true;
}

int MonthFromName(const std::string& word) {
  for (int m = 0; m < 12; m++) {
    std::string name = kMonths[m];
    for (char& ch : name) ch = static_cast<char>(std::tolower(ch));
    if (word.size() >= 3 && word.compare(0, 3, name) == 0) return m;
  }
  return -1;
}

// What the legacy scanner found in a date string.
struct LegacyFields {
  std::vector<double> numbers;  // day/month/year candidates, in order
  bool first_is_long = false;   // the first number had more than two digits
  int named_month = -1;
  int hour = -1, minute = 0, second = 0, ms = 0;
  int ampm = 0;  // 1 AM, 2 PM
  bool has_zone = false;
  double offset_minutes = 0;
};

bool IsWeekdayName(const std::string& word) {
  for (const char* day : kWeekDays) {
    std::string name = day;
    for (char& c : name) c = static_cast<char>(std::tolower(c));
    if (word.compare(0, 3, name) == 0) return true;
  }
  return false;
}

// V8's legacy fallback, reduced: words (month and weekday names, AM/PM,
// UT/UTC/GMT/Z and US zone abbreviations), numbers for the day, month and
// year, h:m[:s[.ms]] times, +hhmm offsets, and parenthesized comments.
class LegacyScanner {
 public:
  explicit LegacyScanner(const std::u16string& text) : text_(text) {}

  // False when the string cannot be a date.
  bool Scan(LegacyFields* f) {
    while (i_ < text_.size()) {
      char16_t ch = text_[i_];
      bool ok = true;
      if (ch == u'(') {
        SkipComment();
      } else if (Digit(i_)) {
        ok = ScanNumberOrTime(f);
      } else if ((ch == u'+' || ch == u'-') && Digit(i_ + 1) && (f->hour >= 0 || f->has_zone)) {
        ScanOffset(f);
      } else if (ch < 128 && std::isalpha(static_cast<unsigned char>(ch))) {
        ok = ScanWord(f);
      } else {
        i_++;  // separators: space , / - .
      }
      if (!ok) return false;
    }
    return true;
  }

 private:
  // A field value as an int; anything too big to be valid becomes 1e6.
  static int Small(double value) { return value < 1e6 ? static_cast<int>(value) : 1000000; }
  bool Digit(size_t k) const { return k < text_.size() && text_[k] >= u'0' && text_[k] <= u'9'; }
  double Number(int* length) {
    double value = 0;
    *length = 0;
    while (Digit(i_)) value = value * 10 + (text_[i_++] - u'0'), ++*length;
    return value;
  }
  void SkipComment() {
    for (int depth = 0; i_ < text_.size(); i_++) {
      if (text_[i_] == u'(') depth++;
      if (text_[i_] == u')' && --depth == 0) break;
    }
    i_++;
  }
  bool ScanNumberOrTime(LegacyFields* f) {
    int length;
    double value = Number(&length);
    if (i_ >= text_.size() || text_[i_] != u':' || f->hour >= 0) {
      if (f->numbers.empty() && length > 2) f->first_is_long = true;
      f->numbers.push_back(value);
      return true;
    }
    f->hour = Small(value);
    i_++;
    if (!Digit(i_)) return false;
    f->minute = Small(Number(&length));
    if (i_ < text_.size() && text_[i_] == u':') {
      i_++;
      if (!Digit(i_)) return false;
      f->second = Small(Number(&length));
      if (i_ < text_.size() && text_[i_] == u'.') {
        i_++;
        // Milliseconds: the first three fraction digits.
        int scale = 100;
        f->ms = 0;
        for (; Digit(i_); i_++, scale /= 10) f->ms += (text_[i_] - u'0') * scale;
      }
    }
    return true;
  }
  void ScanOffset(LegacyFields* f) {
    int sign = text_[i_++] == u'-' ? -1 : 1;
    int length;
    double value = Number(&length);
    double hh, mm;
    if (i_ < text_.size() && text_[i_] == u':') {
      i_++;
      hh = value;
      mm = Number(&length);
    } else if (length <= 2) {
      hh = value, mm = 0;
    } else {
      hh = std::floor(value / 100), mm = std::fmod(value, 100);
    }
    f->has_zone = true;
    f->offset_minutes = sign * (hh * 60 + mm);
  }
  bool ScanWord(LegacyFields* f) {
    std::string word;
    while (i_ < text_.size() && text_[i_] < 128 && std::isalpha(static_cast<unsigned char>(text_[i_]))) {
      word += static_cast<char>(std::tolower(static_cast<unsigned char>(text_[i_++])));
    }
    if (i_ < text_.size() && text_[i_] == u'.') i_++;
    static constexpr std::string_view kUsZones = "ecmp";  // EST/EDT -5 ... PST/PDT -8
    if (word == "am" || word == "pm") {
      f->ampm = word == "am" ? 1 : 2;
    } else if (word == "z" || word == "ut" || word == "utc" || word == "gmt") {
      f->has_zone = true;
    } else if (word.size() == 3 && word[2] == 't' && (word[1] == 's' || word[1] == 'd') &&
               kUsZones.find(word[0]) != std::string_view::npos) {
      f->has_zone = true;
      int base = -5 - static_cast<int>(kUsZones.find(word[0]));
      f->offset_minutes = (base + (word[1] == 'd' ? 1 : 0)) * 60;
    } else if (int m = MonthFromName(word); m >= 0) {
      f->named_month = m;
    } else if (word == "t" && f->hour < 0) {
      // A 'T' between date and time.
    } else if ((!f->numbers.empty() || f->named_month >= 0) && !IsWeekdayName(word)) {
      return false;  // unknown words are skipped only before the date
    }
    return true;
  }

  const std::u16string& text_;
  size_t i_ = 0;
};

// V8's DayComposer, reduced: a named month takes the day and the year (in
// either order: a number above 31 is the year); otherwise M/D/Y, or Y/M/D
// when the first number has more than two digits. A missing year is 2001,
// a missing day 1; years 0..49 are 20xx and 50..99 19xx.
bool ComposeDay(const LegacyFields& f, double* year, double* month, double* day) {
  const std::vector<double>& n = f.numbers;
  *year = 2001, *day = 1;
  if (f.named_month >= 0) {
    *month = f.named_month;
    if (n.empty()) return false;
    if (n.size() == 1) {
      (n[0] <= 31 ? *day : *year) = n[0];
    } else if (n[0] > 31) {
      *year = n[0], *day = n[1];
    } else {
      *day = n[0], *year = n[1];
    }
  } else if (n.size() == 3) {
    if (f.first_is_long) {
      *year = n[0], *month = n[1] - 1, *day = n[2];
    } else {
      *month = n[0] - 1, *day = n[1], *year = n[2];
    }
  } else if (n.size() == 2) {
    if (f.first_is_long) {
      *year = n[0], *month = n[1] - 1;
    } else {
      *month = n[0] - 1, *day = n[1];
    }
  } else if (n.size() == 1 && n[0] <= 12) {
    *month = n[0] - 1;
  } else if (n.size() == 1 && n[0] > 31) {
    *year = n[0], *month = 0;
  } else {
    return false;
  }
  if (*year >= 0 && *year <= 49) *year += 2000;
  else if (*year >= 50 && *year <= 99) *year += 1900;
  return true;
}

double ParseLegacy(const std::u16string& text) {
  LegacyFields f;
  double year, month, day;
  if (!LegacyScanner(text).Scan(&f) || !ComposeDay(f, &year, &month, &day)) return NAN;
  int hour = std::max(f.hour, 0);
  if (f.ampm != 0) {
    if (hour > 12) return NAN;
    hour = hour % 12 + (f.ampm == 2 ? 12 : 0);
  }
  if (month < 0 || month > 11 || day < 1 || day > 31 || hour > 24 || f.minute > 59 ||
      f.second > 59) {
    return NAN;
  }
  double t = MakeDate(MakeDay(year, month, day), MakeTime(hour, f.minute, f.second, f.ms));
  t = f.has_zone ? t - f.offset_minutes * kMsPerMinute : UTCFromLocal(t);
  return TimeClip(t);
}

double Parse(const std::u16string& text) {
  double t;
  if (ParseISO(text, &t)) return t;
  return ParseLegacy(text);
}

double Now() {
  using namespace std::chrono;
  return static_cast<double>(
      duration_cast<milliseconds>(system_clock::now().time_since_epoch()).count());
}

}  // namespace date

// -- Shared with inspect -------------------------------------------------------------------

std::string DateToISOStringForInspect(double time_value) {
  return std::isnan(time_value) ? "Invalid Date" : date::ToISOString(time_value);
}

namespace {

using namespace date;  // NOLINT

// "this is not a Date object." (the getters) or the incompatible-receiver
// message (everything else), as V8 words them.
bool ThisTimeValue(Isolate* isolate, BuiltinArguments args, const char* method, double* out) {
  Value receiver = *args.receiver();
  if (lucid::IsJSDate(receiver)) {
    *out = JSDate::cast(receiver)->time_value();
    return true;
  }
  if (method == nullptr) {
    ThrowTypeError(isolate, "this is not a Date object.");
  } else {
    ThrowTemplate(isolate, MessageTemplate::kIncompatibleMethodReceiver,
                  {method, DescribeReceiverForMessage(isolate, receiver)});
  }
  return false;
}

Value StringResult(Isolate* isolate, const std::string& ascii) {
  return NewAscii(isolate, ascii)->ToValue();
}

// A string method: formats the time value (or "Invalid Date").
template <std::string (*Formatter)(double)>
Value FormatMethod(Isolate* isolate, BuiltinArguments args, const char* method) {
  double t;
  if (!ThisTimeValue(isolate, args, method, &t)) return Value::Exception();
  if (std::isnan(t)) return StringResult(isolate, "Invalid Date");
  return StringResult(isolate, Formatter(t));
}

std::string DateOnly(double t) { return DatePart(Split(LocalTime(t))); }
std::string LocaleDateTime(double t) { return LocaleDate(t) + ", " + LocaleTime(t); }

enum class Field { kYear, kMonth, kDate, kDay, kHours, kMinutes, kSeconds, kMilliseconds };

Value GetField(Isolate* isolate, BuiltinArguments args, Field field, bool local) {
  double t;
  if (!ThisTimeValue(isolate, args, nullptr, &t)) return Value::Exception();
  if (std::isnan(t)) return Value::FromDouble(NAN);
  Fields f = Split(local ? LocalTime(t) : t);
  switch (field) {
    case Field::kYear: return Value::FromDouble(f.year);
    case Field::kMonth: return Value::FromInt32(f.month);
    case Field::kDate: return Value::FromInt32(f.date);
    case Field::kDay: return Value::FromInt32(f.weekday);
    case Field::kHours: return Value::FromInt32(f.hours);
    case Field::kMinutes: return Value::FromInt32(f.minutes);
    case Field::kSeconds: return Value::FromInt32(f.seconds);
    case Field::kMilliseconds: return Value::FromInt32(f.ms);
  }
  return Value::Undefined();
}

Value SetTimeValue(Isolate*, BuiltinArguments args, double t) {
  double clipped = TimeClip(t);
  JSDate::cast(*args.receiver())->set_time_value(clipped);
  return Value::FromDouble(clipped);
}

// The setters (21.4.4.20 ff.): {first} is the first field the method sets;
// up to {count} arguments replace consecutive fields from there.
Value SetFields(Isolate* isolate, BuiltinArguments args, Field first, int count, bool local,
                const char* method) {
  double t;
  if (!ThisTimeValue(isolate, args, method, &t)) return Value::Exception();
  // V8's order: the first argument is converted always, the others only
  // when the date is valid (or for setFullYear, which starts an invalid
  // date from +0).
  double values[4] = {NAN, NAN, NAN, NAN};
  int present = std::max(1, std::min(args.length(), count));
  if (!ToNumber(isolate, args.at(0), &values[0])) return Value::Exception();
  if (std::isnan(t)) {
    if (first != Field::kYear) return Value::FromDouble(NAN);
    t = 0;
  } else if (local) {
    t = LocalTime(t);
  }
  for (int k = 1; k < present; k++) {
    if (!ToNumber(isolate, args.at(k), &values[k])) return Value::Exception();
  }
  Fields f = Split(t);
  double year = f.year, month = f.month, date = f.date, hours = f.hours, minutes = f.minutes,
         seconds = f.seconds, ms = f.ms;
  double* slots[] = {&year, &month, &date, &hours, &minutes, &seconds, &ms};
  int start = first == Field::kYear      ? 0
              : first == Field::kMonth   ? 1
              : first == Field::kDate    ? 2
              : first == Field::kHours   ? 3
              : first == Field::kMinutes ? 4
              : first == Field::kSeconds ? 5
                                         : 6;
  for (int k = 0; k < present; k++) *slots[start + k] = values[k];
  double result = MakeDate(MakeDay(year, month, date), MakeTime(hours, minutes, seconds, ms));
  if (local) result = UTCFromLocal(result);
  return SetTimeValue(isolate, args, result);
}

// Spec: the Date constructor's year/month/... form, and Date.UTC.
bool TimeFromComponents(Isolate* isolate, BuiltinArguments args, double* out) {
  double v[7] = {NAN, 0, 1, 0, 0, 0, 0};
  int count = std::min(args.length(), 7);
  for (int i = 0; i < count; i++) {
    if (!ToNumber(isolate, args.at(i), &v[i])) return false;
  }
  if (!std::isnan(v[0])) {
    double yi = ToIntegerOrInf(v[0]);
    if (yi >= 0 && yi <= 99) v[0] = 1900 + yi;
  }
  *out = MakeDate(MakeDay(v[0], v[1], v[2]), MakeTime(v[3], v[4], v[5], v[6]));
  return true;
}

MaybeHandle<JSObject> AllocateDate(Isolate* isolate, BuiltinArguments args) {
  Handle<JSFunction> target = Handle<JSFunction>::cast(args.target());
  Handle<Value> new_target = args.new_target();
  Handle<Shape> shape =
      JSFunction::EnsureInitialShape(isolate, target, InstanceType::kJSDate, JSDate::kHeaderSize);
  if (*new_target != target->ToValue() && lucid::IsJSFunction(*new_target)) {
    Handle<Value> proto;
    if (!GetProperty(isolate, new_target, "prototype").ToHandle(&proto)) return {};
    Handle<JSFunction> nt = Handle<JSFunction>::cast(new_target);
    if (lucid::IsJSReceiver(*proto) && (*nt)->instance_prototype() != *proto) {
      JSFunction::SetInstancePrototype(isolate, nt, proto);
    }
    shape = JSFunction::GetDerivedShape(isolate, target, nt);
  }
  return F(isolate)->NewJSObjectFromShape(shape);
}

}  // namespace

// -- Constructor and statics ------------------------------------------------------------------

Value Builtin_LibDateConstructor(Isolate* isolate, BuiltinArguments args) {
  if (!args.is_construct_call()) return StringResult(isolate, ToDateTimeString(Now()));
  double t;
  if (args.length() == 0) {
    t = Now();
  } else if (args.length() == 1) {
    Handle<Value> value = args.at(0);
    if (lucid::IsJSDate(*value)) {
      t = JSDate::cast(*value)->time_value();
    } else {
      Handle<Value> primitive;
      if (!ToPrimitive(isolate, value).ToHandle(&primitive)) return Value::Exception();
      if (lucid::IsString(*primitive)) {
        t = Parse(ToU16(Handle<String>::cast(primitive)));
      } else if (!ToNumber(isolate, primitive, &t)) {
        return Value::Exception();
      }
    }
    t = TimeClip(t);
  } else {
    if (!TimeFromComponents(isolate, args, &t)) return Value::Exception();
    t = TimeClip(UTCFromLocal(t));
  }
  Handle<JSObject> object;
  if (!AllocateDate(isolate, args).ToHandle(&object)) return Value::Exception();
  Handle<JSDate>::cast(object)->set_time_value(t);
  return object->ToValue();
}

Value Builtin_LibDateNow(Isolate*, BuiltinArguments) { return Value::FromDouble(Now()); }

Value Builtin_LibDateParse(Isolate* isolate, BuiltinArguments args) {
  Handle<String> text;
  if (!ToString(isolate, args.at(0)).ToHandle(&text)) return Value::Exception();
  return Value::FromDouble(Parse(ToU16(text)));
}

Value Builtin_LibDateUTC(Isolate* isolate, BuiltinArguments args) {
  double t;
  if (!TimeFromComponents(isolate, args, &t)) return Value::Exception();
  return Value::FromDouble(TimeClip(t));
}

// -- Formatting methods -------------------------------------------------------------------

Value Builtin_LibDatePrototypeToString(Isolate* isolate, BuiltinArguments args) {
  return FormatMethod<ToDateTimeString>(isolate, args, "Date.prototype.toString");
}
Value Builtin_LibDatePrototypeToDateString(Isolate* isolate, BuiltinArguments args) {
  return FormatMethod<DateOnly>(isolate, args, "Date.prototype.toDateString");
}
Value Builtin_LibDatePrototypeToTimeString(Isolate* isolate, BuiltinArguments args) {
  return FormatMethod<TimePart>(isolate, args, "Date.prototype.toTimeString");
}
Value Builtin_LibDatePrototypeToUTCString(Isolate* isolate, BuiltinArguments args) {
  return FormatMethod<ToUTCString>(isolate, args, "Date.prototype.toUTCString");
}
Value Builtin_LibDatePrototypeToLocaleString(Isolate* isolate, BuiltinArguments args) {
  return FormatMethod<LocaleDateTime>(isolate, args, "Date.prototype.toLocaleString");
}
Value Builtin_LibDatePrototypeToLocaleDateString(Isolate* isolate, BuiltinArguments args) {
  return FormatMethod<LocaleDate>(isolate, args, "Date.prototype.toLocaleDateString");
}
Value Builtin_LibDatePrototypeToLocaleTimeString(Isolate* isolate, BuiltinArguments args) {
  return FormatMethod<LocaleTime>(isolate, args, "Date.prototype.toLocaleTimeString");
}

Value Builtin_LibDatePrototypeToISOString(Isolate* isolate, BuiltinArguments args) {
  double t;
  if (!ThisTimeValue(isolate, args, "Date.prototype.toISOString", &t)) return Value::Exception();
  if (std::isnan(t)) return ThrowRangeError(isolate, "Invalid time value");
  return StringResult(isolate, ToISOString(t));
}

// Spec: Date.prototype.toJSON (generic).
Value Builtin_LibDatePrototypeToJSON(Isolate* isolate, BuiltinArguments args) {
  Handle<JSReceiver> object;
  if (!ToObject(isolate, args.receiver()).ToHandle(&object)) return Value::Exception();
  Handle<Value> primitive;
  if (!ToPrimitive(isolate, object, ToPrimitiveHint::kNumber).ToHandle(&primitive)) {
    return Value::Exception();
  }
  if (primitive->IsNumber() && !std::isfinite(primitive->Number())) return Value::Null();
  Handle<Value> method;
  if (!GetProperty(isolate, object, "toISOString").ToHandle(&method)) return Value::Exception();
  if (!IsCallableValue(*method)) return ThrowTypeError(isolate, "toISOString is not a function");
  Handle<Value> result;
  if (!Call(isolate, method, object, {}).ToHandle(&result)) return Value::Exception();
  return *result;
}

Value Builtin_LibDatePrototypeToPrimitive(Isolate* isolate, BuiltinArguments args) {
  Handle<Value> receiver = args.receiver();
  if (!lucid::IsJSReceiver(*receiver)) {
    return ThrowTemplate(isolate, MessageTemplate::kIncompatibleMethodReceiver,
                         {"Date.prototype [ @@toPrimitive ]", DescribeReceiverForMessage(isolate, *receiver)});
  }
  Value hint = args[0];
  bool number = false;
  if (lucid::IsString(hint) && (String::cast(hint)->EqualsAscii("string") ||
                                String::cast(hint)->EqualsAscii("default"))) {
    number = false;
  } else if (lucid::IsString(hint) && String::cast(hint)->EqualsAscii("number")) {
    number = true;
  } else {
    return ThrowTypeError(isolate, "Invalid hint: " + DescribeForMessage(isolate, hint));
  }
  // Spec: OrdinaryToPrimitive(O, hint).
  static constexpr const char* kNumberOrder[] = {"valueOf", "toString"};
  static constexpr const char* kStringOrder[] = {"toString", "valueOf"};
  for (const char* name : number ? kNumberOrder : kStringOrder) {
    Handle<Value> method;
    if (!GetProperty(isolate, receiver, name).ToHandle(&method)) return Value::Exception();
    if (!IsCallableValue(*method)) continue;
    Handle<Value> result;
    if (!Call(isolate, method, receiver, {}).ToHandle(&result)) return Value::Exception();
    if (!lucid::IsJSReceiver(*result)) return *result;
  }
  return ThrowTemplate(isolate, MessageTemplate::kCannotConvertToPrimitive);
}

// -- Time value, offset, legacy year --------------------------------------------------------

Value Builtin_LibDatePrototypeValueOf(Isolate* isolate, BuiltinArguments args) {
  double t;
  if (!ThisTimeValue(isolate, args, nullptr, &t)) return Value::Exception();
  return Value::FromDouble(t);
}
Value Builtin_LibDatePrototypeGetTime(Isolate* isolate, BuiltinArguments args) {
  return Builtin_LibDatePrototypeValueOf(isolate, args);
}
Value Builtin_LibDatePrototypeSetTime(Isolate* isolate, BuiltinArguments args) {
  double t;
  if (!ThisTimeValue(isolate, args, "Date.prototype.setTime", &t)) return Value::Exception();
  double value;
  if (!ToNumber(isolate, args.at(0), &value)) return Value::Exception();
  return SetTimeValue(isolate, args, value);
}
Value Builtin_LibDatePrototypeGetTimezoneOffset(Isolate* isolate, BuiltinArguments args) {
  double t;
  if (!ThisTimeValue(isolate, args, nullptr, &t)) return Value::Exception();
  if (std::isnan(t)) return Value::FromDouble(NAN);
  // V8 truncates the offset to whole minutes.
  return Value::FromDouble(std::trunc((t - LocalTime(t)) / kMsPerMinute) + 0.0);
}
Value Builtin_LibDatePrototypeGetYear(Isolate* isolate, BuiltinArguments args) {
  double t;
  if (!ThisTimeValue(isolate, args, "Date.prototype.getYear", &t)) return Value::Exception();
  if (std::isnan(t)) return Value::FromDouble(NAN);
  return Value::FromDouble(YearFromTime(LocalTime(t)) - 1900);
}
Value Builtin_LibDatePrototypeSetYear(Isolate* isolate, BuiltinArguments args) {
  double t;
  if (!ThisTimeValue(isolate, args, "Date.prototype.setYear", &t)) return Value::Exception();
  double y;
  if (!ToNumber(isolate, args.at(0), &y)) return Value::Exception();
  if (std::isnan(y)) return SetTimeValue(isolate, args, NAN);
  double yi = ToIntegerOrInf(y);
  if (yi >= 0 && yi <= 99) yi += 1900;
  double local = std::isnan(t) ? 0 : LocalTime(t);
  Fields f = Split(local);
  double d = MakeDay(yi, f.month, f.date);
  return SetTimeValue(isolate, args, UTCFromLocal(MakeDate(d, TimeWithinDay(local))));
}

// -- Getters and setters -------------------------------------------------------------------

#define DATE_GETTER(Name, field, local)                                       \
  Value Builtin_LibDatePrototype##Name(Isolate* isolate, BuiltinArguments args) { \
    return GetField(isolate, args, Field::field, local);                      \
  }
DATE_GETTER(GetFullYear, kYear, true)
DATE_GETTER(GetMonth, kMonth, true)
DATE_GETTER(GetDate, kDate, true)
DATE_GETTER(GetDay, kDay, true)
DATE_GETTER(GetHours, kHours, true)
DATE_GETTER(GetMinutes, kMinutes, true)
DATE_GETTER(GetSeconds, kSeconds, true)
DATE_GETTER(GetMilliseconds, kMilliseconds, true)
DATE_GETTER(GetUTCFullYear, kYear, false)
DATE_GETTER(GetUTCMonth, kMonth, false)
DATE_GETTER(GetUTCDate, kDate, false)
DATE_GETTER(GetUTCDay, kDay, false)
DATE_GETTER(GetUTCHours, kHours, false)
DATE_GETTER(GetUTCMinutes, kMinutes, false)
DATE_GETTER(GetUTCSeconds, kSeconds, false)
DATE_GETTER(GetUTCMilliseconds, kMilliseconds, false)
#undef DATE_GETTER


namespace {
// "SetFullYear" -> "Date.prototype.setFullYear".
std::string SetterName(const char* name) {
  std::string s = name;
  s[0] = 's';
  return "Date.prototype." + s;
}
Value Setter(Isolate* isolate, BuiltinArguments args, Field field, int count, bool local,
             const char* name) {
  std::string method = SetterName(name);
  return SetFields(isolate, args, field, count, local, method.c_str());
}
}  // namespace

#define DATE_SETTER(Name, field, count, local)                                    \
  Value Builtin_LibDatePrototype##Name(Isolate* isolate, BuiltinArguments args) { \
    return Setter(isolate, args, Field::field, count, local, #Name);              \
  }
DATE_SETTER(SetFullYear, kYear, 3, true)
DATE_SETTER(SetMonth, kMonth, 2, true)
DATE_SETTER(SetDate, kDate, 1, true)
DATE_SETTER(SetHours, kHours, 4, true)
DATE_SETTER(SetMinutes, kMinutes, 3, true)
DATE_SETTER(SetSeconds, kSeconds, 2, true)
DATE_SETTER(SetMilliseconds, kMilliseconds, 1, true)
DATE_SETTER(SetUTCFullYear, kYear, 3, false)
DATE_SETTER(SetUTCMonth, kMonth, 2, false)
DATE_SETTER(SetUTCDate, kDate, 1, false)
DATE_SETTER(SetUTCHours, kHours, 4, false)
DATE_SETTER(SetUTCMinutes, kMinutes, 3, false)
DATE_SETTER(SetUTCSeconds, kSeconds, 2, false)
DATE_SETTER(SetUTCMilliseconds, kMilliseconds, 1, false)
#undef DATE_SETTER

}  // namespace lucid
