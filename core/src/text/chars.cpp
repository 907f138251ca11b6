#include "text/chars.hpp"

#include <utf8proc.h>

#include <array>

namespace quarry::text {
namespace {

Script script_of(char32_t cp) {
  if (cp < 0x80) {
    return ((cp | 0x20) >= 'a' && (cp | 0x20) <= 'z') ? Script::Latin : Script::Common;
  }
  if (cp < 0x0250) return cp >= 0xC0 && cp != 0xD7 && cp != 0xF7 ? Script::Latin : Script::Common;
  if (cp >= 0x1E00 && cp < 0x1F00) return Script::Latin;
  if (cp >= 0x0370 && cp < 0x0400) return Script::Greek;
  if (cp >= 0x1F00 && cp < 0x2000) return Script::Greek;
  if (cp >= 0x0400 && cp < 0x0530) return Script::Cyrillic;
  if (cp >= 0x0530 && cp < 0x0590) return Script::Armenian;
  if (cp >= 0xFB13 && cp <= 0xFB17) return Script::Armenian;
  if (cp >= 0x0590 && cp < 0x0600) return Script::Hebrew;
  if ((cp >= 0x0600 && cp < 0x0700) || (cp >= 0x0750 && cp < 0x0780) ||
      (cp >= 0xFB50 && cp < 0xFE00) || (cp >= 0xFE70 && cp < 0xFF00))
    return Script::Arabic;
  if (cp >= 0x0900 && cp < 0x0980) return Script::Devanagari;
  if (cp >= 0x0980 && cp < 0x0A00) return Script::Bengali;
  if (cp >= 0x0E00 && cp < 0x0E80) return Script::Thai;
  if (cp >= 0x10A0 && cp < 0x1100) return Script::Georgian;
  if (cp >= 0x1200 && cp < 0x13A0) return Script::Ethiopic;
  if ((cp >= 0x1100 && cp < 0x1200) || (cp >= 0xAC00 && cp < 0xD7B0) ||
      (cp >= 0x3130 && cp < 0x3190))
    return Script::Hangul;
  if (cp >= 0x3040 && cp < 0x30A0) return Script::Hiragana;
  if ((cp >= 0x30A0 && cp < 0x3100) || (cp >= 0x31F0 && cp < 0x3200) ||
      (cp >= 0xFF66 && cp < 0xFFA0))
    return Script::Katakana;
  if ((cp >= 0x4E00 && cp < 0xA000) || (cp >= 0x3400 && cp < 0x4DC0) ||
      (cp >= 0x20000 && cp < 0x32000) || (cp >= 0xF900 && cp < 0xFB00))
    return Script::Han;
  return Script::Other;
}

CharInfo compute(char32_t cp) {
  CharInfo info{CharClass::Control, false, false, script_of(cp)};
  switch (cp) {
    case '\n': case '\r': case 0x0B: case 0x0C: case 0x85: case 0x2028: case 0x2029:
      info.cls = CharClass::Newline;
      return info;
    case '\t': case 0x200B: case 0xFEFF: case 0x200E: case 0x200F: case 0x2060:
      info.cls = CharClass::Space;
      return info;
    case 0x200C: case 0x200D: case 0x00AD:
      info.cls = CharClass::Mark;
      return info;
    default:
      break;
  }
  if (cp >= 0x202A && cp <= 0x202E) { info.cls = CharClass::Space; return info; }
  if (cp >= 0x2066 && cp <= 0x2069) { info.cls = CharClass::Space; return info; }
  const utf8proc_property_t *p = utf8proc_get_property(static_cast<utf8proc_int32_t>(cp));
  switch (p->category) {
    case UTF8PROC_CATEGORY_LU: case UTF8PROC_CATEGORY_LT:
      info.cls = CharClass::Letter; info.upper = true; break;
    case UTF8PROC_CATEGORY_LL:
      info.cls = CharClass::Letter; info.lower = true; break;
    case UTF8PROC_CATEGORY_LM: case UTF8PROC_CATEGORY_LO:
      info.cls = CharClass::Letter; break;
    case UTF8PROC_CATEGORY_MN: case UTF8PROC_CATEGORY_MC: case UTF8PROC_CATEGORY_ME:
      info.cls = CharClass::Mark; break;
    case UTF8PROC_CATEGORY_ND:
      info.cls = CharClass::Digit; break;
    case UTF8PROC_CATEGORY_NL: case UTF8PROC_CATEGORY_NO:
      info.cls = CharClass::NumberOther; break;
    case UTF8PROC_CATEGORY_PC: case UTF8PROC_CATEGORY_PD: case UTF8PROC_CATEGORY_PS:
    case UTF8PROC_CATEGORY_PE: case UTF8PROC_CATEGORY_PI: case UTF8PROC_CATEGORY_PF:
    case UTF8PROC_CATEGORY_PO:
      info.cls = CharClass::Punct; break;
    case UTF8PROC_CATEGORY_SM: case UTF8PROC_CATEGORY_SC: case UTF8PROC_CATEGORY_SK:
    case UTF8PROC_CATEGORY_SO:
      info.cls = CharClass::Symbol; break;
    case UTF8PROC_CATEGORY_ZS:
      info.cls = CharClass::Space; break;
    case UTF8PROC_CATEGORY_ZL: case UTF8PROC_CATEGORY_ZP:
      info.cls = CharClass::Newline; break;
    case UTF8PROC_CATEGORY_CF:
      info.cls = CharClass::Mark; break;  // format characters inside words (e.g. Arabic)
    default:
      info.cls = CharClass::Control; break;
  }
  return info;
}

}  // namespace

// Filled at static initialization from the same function that serves the other code points.
const CharInfo kAsciiInfo[128] = {
#define Q(c) compute(c), compute(c + 1), compute(c + 2), compute(c + 3), compute(c + 4), compute(c + 5), \
             compute(c + 6), compute(c + 7)
    Q(0), Q(8), Q(16), Q(24), Q(32), Q(40), Q(48), Q(56), Q(64), Q(72), Q(80), Q(88), Q(96), Q(104), Q(112), Q(120)
#undef Q
};

CharInfo char_info_slow(char32_t cp) { return compute(cp); }

bool is_regional_indicator(char32_t cp) { return cp >= 0x1F1E6 && cp <= 0x1F1FF; }

bool is_emoji_start_slow(char32_t cp) {
  if (is_regional_indicator(cp)) return true;
  const utf8proc_property_t *p = utf8proc_get_property(static_cast<utf8proc_int32_t>(cp));
  return p->boundclass == UTF8PROC_BOUNDCLASS_EXTENDED_PICTOGRAPHIC ||
         p->boundclass == UTF8PROC_BOUNDCLASS_E_ZWG;
}

bool is_hard_terminal(char32_t cp) {
  switch (cp) {
    case 0x3002: case 0xFF01: case 0xFF1F: case 0xFF61:  // 。！？｡
    case 0x0589:                                          // Armenian full stop
    case 0x0964: case 0x0965:                             // Devanagari danda, double danda
    case 0x061F: case 0x06D4:                             // Arabic question mark, Urdu full stop
    case 0x037E:                                          // Greek question mark
    case 0x203C: case 0x2047: case 0x2048: case 0x2049:   // ‼ ⁇ ⁈ ⁉
    case 0x1362: case 0x1367: case 0x1368:                // Ethiopic
    case 0x104B:                                          // Myanmar
      return true;
    default:
      return false;
  }
}

bool is_closing_punct(char32_t cp) {
  switch (cp) {
    case ')': case ']': case '}': case '"': case '\'': case 0x2019: case 0x201D: case 0x00BB:
    case 0x203A: case 0x300D: case 0x300F: case 0xFF09: case 0x3011: case 0x300B: case 0x3009:
    case 0xFF63: case 0xFF3D:
      return true;
    default:
      return false;
  }
}

bool is_opening_punct(char32_t cp) {
  switch (cp) {
    case '(': case '[': case '{': case '"': case '\'': case 0x2018: case 0x201C: case 0x00AB:
    case 0x2039: case 0x300C: case 0x300E: case 0xFF08: case 0x3010: case 0x300A: case 0x3008:
    case 0x201E: case 0x201A: case 0xFF62: case 0xFF3B:
      return true;
    default:
      return false;
  }
}

int digit_value(char32_t cp) {
  if (cp >= '0' && cp <= '9') return static_cast<int>(cp - '0');
  if (cp < 0x80) return -1;
  const utf8proc_property_t *p = utf8proc_get_property(static_cast<utf8proc_int32_t>(cp));
  if (p->category != UTF8PROC_CATEGORY_ND) return -1;
  // Mathematical digits: five runs of ten back to back.
  if (cp >= 0x1D7CE && cp <= 0x1D7FF) return static_cast<int>((cp - 0x1D7CE) % 10);
  // Every other decimal digit sits in its own run of ten, zero first: walk back to it.
  char32_t zero = cp;
  int steps = 0;
  while (steps < 9 && zero > 0 &&
         utf8proc_get_property(static_cast<utf8proc_int32_t>(zero - 1))->category ==
             UTF8PROC_CATEGORY_ND) {
    --zero;
    ++steps;
  }
  return steps;
}

}  // namespace quarry::text
