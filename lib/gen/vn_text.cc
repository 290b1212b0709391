#include "lib/gen/vn_text.h"

namespace simaudit::gen {

namespace {

// Decodes the code point at text[*i] and advances *i; U+FFFD for invalid bytes.
char32_t NextCodePoint(absl::string_view text, size_t* i) {
  const unsigned char c = static_cast<unsigned char>(text[*i]);
  int len;
  char32_t cp;
  if (c < 0x80) {
    ++*i;
    return c;
  } else if ((c & 0xE0) == 0xC0) {
    len = 2;
    cp = c & 0x1F;
  } else if ((c & 0xF0) == 0xE0) {
    len = 3;
    cp = c & 0x0F;
  } else if ((c & 0xF8) == 0xF0) {
    len = 4;
    cp = c & 0x07;
  } else {
    ++*i;
    return 0xFFFD;
  }
  if (*i + len > text.size()) {
    *i = text.size();
    return 0xFFFD;
  }
  for (int k = 1; k < len; ++k) {
    const unsigned char cc = static_cast<unsigned char>(text[*i + k]);
    if ((cc & 0xC0) != 0x80) {
      ++*i;
      return 0xFFFD;
    }
    cp = (cp << 6) | (cc & 0x3F);
  }
  *i += len;
  return cp;
}

}  // namespace

std::vector<char32_t> DecodeUtf8(absl::string_view text) {
  std::vector<char32_t> out;
  out.reserve(text.size());
  size_t i = 0;
  while (i < text.size()) out.push_back(NextCodePoint(text, &i));
  return out;
}

void AppendUtf8(char32_t cp, std::string* out) {
  if (cp < 0x80) {
    out->push_back(static_cast<char>(cp));
  } else if (cp < 0x800) {
    out->push_back(static_cast<char>(0xC0 | (cp >> 6)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else if (cp < 0x10000) {
    out->push_back(static_cast<char>(0xE0 | (cp >> 12)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else {
    out->push_back(static_cast<char>(0xF0 | (cp >> 18)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  }
}

std::string EncodeUtf8(const std::vector<char32_t>& cps) {
  std::string out;
  out.reserve(cps.size() + 8);
  for (char32_t cp : cps) AppendUtf8(cp, &out);
  return out;
}

char32_t ToUpperVietnamese(char32_t cp) {
  if (cp >= 'a' && cp <= 'z') return cp - 32;
  if (cp >= 0xE0 && cp <= 0xFE && cp != 0xF7) return cp - 0x20;
  switch (cp) {
    case 0x0103:  // ă
    case 0x0111:  // đ
    case 0x0129:  // ĩ
    case 0x0169:  // ũ
    case 0x01A1:  // ơ
      return cp - 1;
    case 0x01B0:  // ư
      return 0x01AF;
    default:
      break;
  }
  if (cp >= 0x1EA0 && cp <= 0x1EF9 && (cp & 1) == 1) return cp - 1;
  return cp;
}

char32_t FoldDiacritic(char32_t cp) {
  if (cp < 0x80) return cp;
  const bool lower_latin1 = cp >= 0xE0 && cp <= 0xFF;
  const char32_t base = lower_latin1 ? cp - 0x20 : cp;
  const char32_t lower_delta = lower_latin1 ? 0x20 : 0;
  if (base >= 0xC0 && base <= 0xDD) {
    char32_t letter = 0;
    if (base <= 0xC5) {
      letter = 'A';
    } else if (base == 0xC7) {
      letter = 'C';
    } else if (base >= 0xC8 && base <= 0xCB) {
      letter = 'E';
    } else if (base >= 0xCC && base <= 0xCF) {
      letter = 'I';
    } else if (base == 0xD1) {
      letter = 'N';
    } else if ((base >= 0xD2 && base <= 0xD6) || base == 0xD8) {
      letter = 'O';
    } else if (base >= 0xD9 && base <= 0xDC) {
      letter = 'U';
    } else if (base == 0xDD) {
      letter = 'Y';
    }
    if (letter != 0) return letter + lower_delta;
    return cp;
  }
  switch (cp) {
    case 0x0102: return 'A';
    case 0x0103: return 'a';
    case 0x0110: return 'D';
    case 0x0111: return 'd';
    case 0x0128: return 'I';
    case 0x0129: return 'i';
    case 0x0168: return 'U';
    case 0x0169: return 'u';
    case 0x01A0: return 'O';
    case 0x01A1: return 'o';
    case 0x01AF: return 'U';
    case 0x01B0: return 'u';
    default:
      break;
  }
  if (cp >= 0x1EA0 && cp <= 0x1EF9) {
    const char32_t lower = (cp & 1) ? 32 : 0;
    char32_t letter;
    if (cp <= 0x1EB7) {
      letter = 'A';
    } else if (cp <= 0x1EC7) {
      letter = 'E';
    } else if (cp <= 0x1ECB) {
      letter = 'I';
    } else if (cp <= 0x1EE3) {
      letter = 'O';
    } else if (cp <= 0x1EF1) {
      letter = 'U';
    } else {
      letter = 'Y';
    }
    return letter + lower;
  }
  return cp;
}

void AppendUpperVietnamese(absl::string_view text, std::string* out) {
  size_t i = 0;
  while (i < text.size()) AppendUtf8(ToUpperVietnamese(NextCodePoint(text, &i)), out);
}

void AppendFoldedDiacritics(absl::string_view text, std::string* out) {
  size_t i = 0;
  while (i < text.size()) AppendUtf8(FoldDiacritic(NextCodePoint(text, &i)), out);
}

void AppendUpperAscii(absl::string_view text, std::string* out) {
  size_t i = 0;
  while (i < text.size()) {
    AppendUtf8(ToUpperVietnamese(FoldDiacritic(NextCodePoint(text, &i))), out);
  }
}

std::string ToUpperVietnamese(absl::string_view text) {
  std::string out;
  out.reserve(text.size() + 4);
  AppendUpperVietnamese(text, &out);
  return out;
}

std::string FoldDiacritics(absl::string_view text) {
  std::string out;
  out.reserve(text.size());
  AppendFoldedDiacritics(text, &out);
  return out;
}

bool HasNonAscii(absl::string_view text) {
  for (char c : text) {
    if (static_cast<unsigned char>(c) >= 0x80) return true;
  }
  return false;
}

}  // namespace simaudit::gen
