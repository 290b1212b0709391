// File: vn_text.h
// -----------------------------------------------------------------------------
// Small UTF-8 helpers for Vietnamese names, without ICU: upper-casing and diacritic
// folding for the Vietnamese alphabet (Latin-1, Latin Extended-A/B and the U+1EA0 block),
// and code-point level editing for simulated typos. Other code points pass through.
//
//   ToUpperVietnamese("Nguyễn Thị Ánh")   // "NGUYỄN THỊ ÁNH"
//   FoldDiacritics("Đặng Văn Hùng")        // "Dang Van Hung"
#ifndef SIMAUDIT_LIB_GEN_VN_TEXT_H_
#define SIMAUDIT_LIB_GEN_VN_TEXT_H_

#include <string>
#include <vector>

#include "absl/strings/string_view.h"

namespace simaudit::gen {

// Decodes UTF-8 into code points; invalid bytes decode as U+FFFD.
std::vector<char32_t> DecodeUtf8(absl::string_view text);
// Appends the UTF-8 encoding of `cp` to `out`.
void AppendUtf8(char32_t cp, std::string* out);
std::string EncodeUtf8(const std::vector<char32_t>& cps);

// Upper case of one Vietnamese letter (identity for anything else).
char32_t ToUpperVietnamese(char32_t cp);
// Base ASCII letter of a Vietnamese letter ('Đ' -> 'D', 'ễ' -> 'e'); identity otherwise.
char32_t FoldDiacritic(char32_t cp);

std::string ToUpperVietnamese(absl::string_view text);
std::string FoldDiacritics(absl::string_view text);
// Appending forms (no temporary strings).
void AppendUpperVietnamese(absl::string_view text, std::string* out);
void AppendFoldedDiacritics(absl::string_view text, std::string* out);
// Both: "Đặng Văn Hùng" -> "DANG VAN HUNG".
void AppendUpperAscii(absl::string_view text, std::string* out);

// Whether the text contains any non-ASCII code point.
bool HasNonAscii(absl::string_view text);

}  // namespace simaudit::gen

#endif  // SIMAUDIT_LIB_GEN_VN_TEXT_H_
