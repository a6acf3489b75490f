#include "ingest/TimeParser.h"

#include <QString>
#include <array>

namespace soc::ingest {

namespace {

constexpr qint64 kUsPerSec = 1000000;
constexpr qint64 kSecPerDay = 86400;

bool isDigit(QChar c) {
    return c.unicode() >= '0' && c.unicode() <= '9';
}
int digit(QChar c) {
    return c.unicode() - '0';
}

// Reads exactly n digits at pos.
bool readDigits(QStringView s, qsizetype& pos, int n, int& value) {
    if (pos + n > s.size())
        return false;
    int v = 0;
    for (int i = 0; i < n; ++i) {
        const QChar c = s[pos + i];
        if (!isDigit(c))
            return false;
        v = v * 10 + digit(c);
    }
    value = v;
    pos += n;
    return true;
}

// Reads 1..maxN digits at pos.
bool readUpTo(QStringView s, qsizetype& pos, int maxN, int& value) {
    int v = 0;
    int n = 0;
    while (pos < s.size() && n < maxN && isDigit(s[pos])) {
        v = v * 10 + digit(s[pos]);
        ++pos;
        ++n;
    }
    value = v;
    return n > 0;
}

// Fraction digits after '.' or ','; returns microseconds (extra digits are dropped).
qint64 readFraction(QStringView s, qsizetype& pos) {
    qint64 us = 0;
    int n = 0;
    while (pos < s.size() && isDigit(s[pos])) {
        if (n < 6) {
            us = us * 10 + digit(s[pos]);
            ++n;
        }
        ++pos;
    }
    for (; n < 6; ++n)
        us *= 10;
    return us;
}

// +HH, +HHMM, +HH:MM at pos (the sign included); with `singleHourDigit` also +H (as in "UTC+7").
bool readNumericOffset(QStringView s, qsizetype& pos, int& offsetSec, bool singleHourDigit = false) {
    if (pos >= s.size() || (s[pos] != u'+' && s[pos] != u'-'))
        return false;
    const int sign = s[pos] == u'-' ? -1 : 1;
    qsizetype p = pos + 1;
    int hh = 0;
    int mm = 0;
    if (!readDigits(s, p, 2, hh)) {
        if (!singleHourDigit || !readUpTo(s, p, 1, hh))
            return false;
    } else if (p < s.size() && s[p] == u':') {
        ++p;
        if (!readDigits(s, p, 2, mm))
            return false;
    } else {
        qsizetype q = p;
        if (readDigits(s, q, 2, mm))
            p = q;
    }
    if (hh > 23 || mm > 59)
        return false;
    offsetSec = sign * (hh * 3600 + mm * 60);
    pos = p;
    return true;
}

bool validDateTime(int month, int day, int hour, int minute, int second) {
    return month >= 1 && month <= 12 && day >= 1 && day <= 31 && hour <= 23 && minute <= 59 && second <= 60;
}

ParsedTime makeTime(qint64 year, int month, int day, int hour, int minute, int second, qint64 fracUs,
                    std::optional<int> offsetSec) {
    const qint64 secs = TimeParser::daysFromCivil(year, month, day) * kSecPerDay + hour * 3600 + minute * 60 +
                        second - offsetSec.value_or(0);
    ParsedTime t;
    t.utcUs = secs * kUsPerSec + fracUs;
    t.offsetSec = offsetSec;
    return t;
}

int monthFromName(QStringView word) {
    static constexpr std::array<QLatin1StringView, 12> names = {
        QLatin1StringView("january"), QLatin1StringView("february"), QLatin1StringView("march"),
        QLatin1StringView("april"),   QLatin1StringView("may"),      QLatin1StringView("june"),
        QLatin1StringView("july"),    QLatin1StringView("august"),   QLatin1StringView("september"),
        QLatin1StringView("october"), QLatin1StringView("november"), QLatin1StringView("december")};
    if (word.size() < 3)
        return 0;
    if (word.compare(QLatin1StringView("sept"), Qt::CaseInsensitive) == 0)
        return 9;
    for (size_t m = 0; m < names.size(); ++m) {
        const QLatin1StringView name = names[m];
        if (word.size() != 3 && word.size() != name.size())
            continue;
        if (word.compare(name.first(word.size()), Qt::CaseInsensitive) == 0)
            return static_cast<int>(m) + 1;
    }
    return 0;
}

struct ZoneName {
    const char* name;
    int offsetSec;
};

constexpr std::array<ZoneName, 21> kZones = {{
    {"UTC", 0},         {"GMT", 0},         {"UT", 0},          {"Z", 0},           {"ICT", 7 * 3600},
    {"WIB", 7 * 3600},  {"SGT", 8 * 3600},  {"HKT", 8 * 3600},  {"JST", 9 * 3600},  {"KST", 9 * 3600},
    {"IST", 19800},     {"CET", 3600},      {"CEST", 7200},     {"EST", -5 * 3600}, {"EDT", -4 * 3600},
    {"CST", -6 * 3600}, {"CDT", -5 * 3600}, {"MST", -7 * 3600}, {"MDT", -6 * 3600}, {"PST", -8 * 3600},
    {"PDT", -7 * 3600},
}};

// A zone word: a name from the table, optionally followed by a numeric offset (GMT+07:00).
bool readZone(QStringView s, qsizetype& pos, std::optional<int>& offsetSec) {
    qsizetype p = pos;
    int numeric = 0;
    if (readNumericOffset(s, p, numeric)) {
        if (p == s.size() || s[p] == u' ') {
            offsetSec = numeric;
            pos = p;
            return true;
        }
        return false;
    }
    qsizetype end = p;
    while (end < s.size() && s[end].isLetter())
        ++end;
    const QStringView word = s.sliced(p, end - p);
    for (const ZoneName& z : kZones) {
        if (word.compare(QLatin1StringView(z.name), Qt::CaseInsensitive) != 0)
            continue;
        int extra = 0;
        qsizetype q = end;
        if (readNumericOffset(s, q, extra, true)) {
            if (q != s.size() && s[q] != u' ')
                return false;
            offsetSec = z.offsetSec + extra;
            pos = q;
            return true;
        }
        if (end != s.size() && s[end] != u' ')
            return false;
        offsetSec = z.offsetSec;
        pos = end;
        return true;
    }
    return false;
}

qsizetype skipSpaces(QStringView s, qsizetype pos) {
    while (pos < s.size() && s[pos] == u' ')
        ++pos;
    return pos;
}

// HH:mm:ss[.fff] at pos.
bool readClock(QStringView s, qsizetype& pos, int& h, int& m, int& sec, qint64& fracUs) {
    qsizetype p = pos;
    if (!readUpTo(s, p, 2, h) || p >= s.size() || s[p] != u':')
        return false;
    ++p;
    if (!readDigits(s, p, 2, m) || p >= s.size() || s[p] != u':')
        return false;
    ++p;
    if (!readDigits(s, p, 2, sec))
        return false;
    fracUs = 0;
    if (p < s.size() && (s[p] == u'.' || s[p] == u',') && p + 1 < s.size() && isDigit(s[p + 1])) {
        ++p;
        fracUs = readFraction(s, p);
    }
    if (p < s.size() && s[p] != u' ')
        return false;
    pos = p;
    return true;
}

} // namespace

qint64 ParsedTime::utcMs() const {
    // floor division so that times before 1970 round the same way as after
    return utcUs >= 0 ? utcUs / 1000 : -((-utcUs + 999) / 1000);
}

qint64 TimeParser::daysFromCivil(qint64 y, int m, int d) {
    // Howard Hinnant's days_from_civil
    y -= m <= 2 ? 1 : 0;
    const qint64 era = (y >= 0 ? y : y - 399) / 400;
    const qint64 yoe = y - era * 400;
    const qint64 mp = (m + 9) % 12;
    const qint64 doy = (153 * mp + 2) / 5 + d - 1;
    const qint64 doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

int TimeParser::yearOfUtcMs(qint64 utcMs) {
    // civil_from_days, year only
    qint64 z = (utcMs >= 0 ? utcMs / 1000 : (utcMs - 999) / 1000);
    z = (z >= 0 ? z / kSecPerDay : (z - kSecPerDay + 1) / kSecPerDay) + 719468;
    const qint64 era = (z >= 0 ? z : z - 146096) / 146097;
    const qint64 doe = z - era * 146097;
    const qint64 yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const qint64 doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const qint64 mp = (5 * doy + 2) / 153;
    const qint64 month = mp < 10 ? mp + 3 : mp - 9;
    return static_cast<int>(yoe + era * 400 + (month <= 2 ? 1 : 0));
}

std::optional<ParsedTime> TimeParser::parseIso8601(QStringView s) {
    qsizetype p = 0;
    int year = 0;
    int month = 0;
    int day = 0;
    int hour = 0;
    int minute = 0;
    int second = 0;
    if (!readDigits(s, p, 4, year) || p >= s.size() || s[p] != u'-')
        return std::nullopt;
    ++p;
    if (!readDigits(s, p, 2, month) || p >= s.size() || s[p] != u'-')
        return std::nullopt;
    ++p;
    if (!readDigits(s, p, 2, day) || p >= s.size() || (s[p] != u'T' && s[p] != u't' && s[p] != u' '))
        return std::nullopt;
    ++p;
    if (!readDigits(s, p, 2, hour) || p >= s.size() || s[p] != u':')
        return std::nullopt;
    ++p;
    if (!readDigits(s, p, 2, minute))
        return std::nullopt;
    qint64 fracUs = 0;
    if (p < s.size() && s[p] == u':') {
        ++p;
        if (!readDigits(s, p, 2, second))
            return std::nullopt;
        if (p < s.size() && (s[p] == u'.' || s[p] == u',')) {
            ++p;
            if (p >= s.size() || !isDigit(s[p]))
                return std::nullopt;
            fracUs = readFraction(s, p);
        }
    }
    std::optional<int> offset;
    if (p < s.size()) {
        if (s[p] == u'Z' || s[p] == u'z') {
            offset = 0;
            ++p;
        } else {
            int off = 0;
            if (!readNumericOffset(s, p, off))
                return std::nullopt;
            offset = off;
        }
    }
    if (p != s.size() || !validDateTime(month, day, hour, minute, second))
        return std::nullopt;
    return makeTime(year, month, day, hour, minute, second, fracUs, offset);
}

std::optional<ParsedTime> TimeParser::parseEpochMs(QStringView s) {
    if (s.isEmpty() || s.size() > 16)
        return std::nullopt;
    qint64 v = 0;
    for (QChar c : s) {
        if (!isDigit(c))
            return std::nullopt;
        v = v * 10 + digit(c);
    }
    ParsedTime t;
    t.utcUs = v * 1000;
    return t;
}

std::optional<ParsedTime> TimeParser::parseLoose(QStringView s, qint64 referenceUtcMs, qsizetype* consumed) {
    const qsizetype start = skipSpaces(s, 0);
    qsizetype tokenEnd = start;
    while (tokenEnd < s.size() && s[tokenEnd] != u' ')
        ++tokenEnd;
    const QStringView first = s.sliced(start, tokenEnd - start);
    if (first.isEmpty())
        return std::nullopt;

    // A single token: ISO 8601 or epoch digits; or "yyyy-MM-dd HH:mm:ss[.fff][offset]".
    if (isDigit(first[0])) {
        if (auto iso = parseIso8601(first)) {
            if (consumed)
                *consumed = tokenEnd;
            return iso;
        }
        if (first.size() == 10 && tokenEnd < s.size()) {
            qsizetype secondEnd = tokenEnd + 1;
            while (secondEnd < s.size() && s[secondEnd] != u' ')
                ++secondEnd;
            if (auto iso = parseIso8601(s.sliced(start, secondEnd - start))) {
                if (consumed)
                    *consumed = secondEnd;
                return iso;
            }
        }
        bool allDigits = true;
        for (QChar c : first)
            allDigits = allDigits && isDigit(c);
        if (allDigits && first.size() >= 9 && first.size() <= 13) {
            auto t = parseEpochMs(first);
            if (t && first.size() <= 10)
                t->utcUs *= 1000; // seconds, not milliseconds
            if (consumed)
                *consumed = tokenEnd;
            return t;
        }
    }

    // MMM dd [yyyy] clock [zone]   or   dd MMMM yyyy clock [zone]
    qsizetype p = start;
    int month = 0;
    int day = 0;
    int year = 0;
    bool hasYear = false;
    if (isDigit(first[0])) {
        if (!readUpTo(s, p, 2, day) || p >= s.size() || s[p] != u' ')
            return std::nullopt;
        p = skipSpaces(s, p);
        qsizetype e = p;
        while (e < s.size() && s[e].isLetter())
            ++e;
        month = monthFromName(s.sliced(p, e - p));
        p = skipSpaces(s, e);
        if (month == 0 || !readDigits(s, p, 4, year))
            return std::nullopt;
        hasYear = true;
    } else {
        qsizetype e = p;
        while (e < s.size() && s[e].isLetter())
            ++e;
        month = monthFromName(s.sliced(p, e - p));
        if (month == 0 || e >= s.size() || s[e] != u' ')
            return std::nullopt;
        p = skipSpaces(s, e);
        if (!readUpTo(s, p, 2, day) || p >= s.size() || s[p] != u' ')
            return std::nullopt;
        p = skipSpaces(s, p);
        qsizetype q = p;
        if (readDigits(s, q, 4, year) && (q == s.size() || s[q] == u' ')) {
            hasYear = true;
            p = skipSpaces(s, q);
        }
    }
    p = skipSpaces(s, p);
    int hour = 0;
    int minute = 0;
    int second = 0;
    qint64 fracUs = 0;
    if (!readClock(s, p, hour, minute, second, fracUs))
        return std::nullopt;
    std::optional<int> offset;
    {
        qsizetype q = skipSpaces(s, p);
        if (q < s.size() && readZone(s, q, offset))
            p = q;
    }
    if (!validDateTime(month, day, hour, minute, second))
        return std::nullopt;
    ParsedTime t;
    if (hasYear) {
        t = makeTime(year, month, day, hour, minute, second, fracUs, offset);
    } else {
        const int refYear = yearOfUtcMs(referenceUtcMs);
        t = makeTime(refYear, month, day, hour, minute, second, fracUs, offset);
        if (t.utcMs() > referenceUtcMs + kSecPerDay * 1000)
            t = makeTime(refYear - 1, month, day, hour, minute, second, fracUs, offset);
    }
    if (consumed)
        *consumed = p;
    return t;
}

} // namespace soc::ingest
