#include "lib/ingest/name_folder.h"

#include <unicode/locid.h>
#include <unicode/translit.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/utf16.h>

#include "lib/ingest/utf8.h"
#include "lib/util/logging.h"

namespace simaudit {
namespace {

// Strips combining marks after canonical decomposition, then maps the remaining
// non-ASCII Latin letters (đ, Đ, ø, ß ...) to ASCII.
constexpr char kTransliteratorId[] = "NFD; [:Nonspacing Mark:] Remove; NFC; Latin-ASCII";

// What the ICU path drops: control and format characters that are not whitespace.
bool IsDroppedCodePoint(UChar32 c) {
  const int8_t type = u_charType(c);
  return type == U_CONTROL_CHAR || type == U_FORMAT_CHAR;
}

}  // namespace

NameFolder::NameFolder(size_t max_cache_entries) : max_cache_entries_(max_cache_entries) {}

NameFolder::~NameFolder() = default;

void NameFolder::FoldAscii(absl::string_view raw, std::string* out) const {
  // Mirrors the ICU path for ASCII input: upper-case, whitespace (TAB..CR, SPACE)
  // collapsed, other control characters dropped.
  // The result is never longer than the input: write in place, then cut.
  out->resize(raw.size());
  char* const begin = &(*out)[0];
  char* dst = begin;
  bool pending_space = false;
  for (char ch : raw) {
    const unsigned char c = static_cast<unsigned char>(ch);
    if (c == ' ' || (c >= '\t' && c <= '\r')) {
      pending_space = dst != begin;
      continue;
    }
    if (c < 0x20 || c == 0x7F) continue;
    if (pending_space) {
      *dst++ = ' ';
      pending_space = false;
    }
    *dst++ = c >= 'a' && c <= 'z' ? static_cast<char>(c - 'a' + 'A') : ch;
  }
  out->resize(static_cast<size_t>(dst - begin));
}

std::string NameFolder::FoldWithIcu(absl::string_view raw) {
  ++icu_runs_;
  if (transliterator_ == nullptr) {
    UErrorCode status = U_ZERO_ERROR;
    transliterator_.reset(icu::Transliterator::createInstance(
        icu::UnicodeString::fromUTF8(kTransliteratorId), UTRANS_FORWARD, status));
    // The transliterator IDs are built into libicudata: failing here means a broken ICU
    // installation, not bad input.
    CHECK(U_SUCCESS(status) && transliterator_ != nullptr)
        << "ICU transliterator unavailable: " << u_errorName(status);
  }
  icu::UnicodeString text =
      icu::UnicodeString::fromUTF8(icu::StringPiece(raw.data(), static_cast<int32_t>(raw.size())));
  transliterator_->transliterate(text);
  text.toUpper(icu::Locale::getRoot());

  icu::UnicodeString folded;
  bool pending_space = false;
  for (int32_t i = 0; i < text.length();) {
    const UChar32 c = text.char32At(i);
    i += U16_LENGTH(c);
    if (u_isUWhiteSpace(c)) {
      pending_space = !folded.isEmpty();
      continue;
    }
    if (IsDroppedCodePoint(c)) continue;
    if (pending_space) {
      folded.append(static_cast<UChar>(' '));
      pending_space = false;
    }
    folded.append(c);
  }
  std::string out;
  folded.toUTF8String(out);
  return out;
}

absl::string_view NameFolder::FoldView(absl::string_view raw) {
  if (IsAscii(raw)) {
    FoldAscii(raw, &scratch_);
    return scratch_;
  }
  if (max_cache_entries_ == 0) {
    scratch_ = FoldWithIcu(raw);
    return scratch_;
  }
  auto it = cache_.find(raw);
  if (it != cache_.end()) return it->second;
  if (cache_.size() >= max_cache_entries_) cache_.clear();
  std::string folded = FoldWithIcu(raw);
  it = cache_.emplace(std::string(raw), std::move(folded)).first;
  return it->second;
}

}  // namespace simaudit
