#include "lib/ingest/name_folder.h"

#include <unicode/locid.h>
#include <unicode/translit.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/utf16.h>
#include <unicode/utf8.h>

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

// Latin-1 letters, Latin Extended-A and -B, and Latin Extended Additional: precomposed
// letters (combining class 0) whose fold does not depend on their neighbours once the
// result is upper-cased. They hold every Vietnamese letter (ă â đ ê ô ơ ư, each with
// its five tones). U+00D7 and U+00F7 (× ÷) are in the range too; they fold alone as well.
bool IsPrecomposedLatin(UChar32 c) {
  return (c >= 0xC0 && c <= 0x24F) || (c >= 0x1E00 && c <= 0x1EFF);
}

// FoldAscii's rule for one ASCII byte: whitespace, dropped, or the byte upper-cased.
enum class AsciiKind { kSpace, kDropped, kKept };
inline AsciiKind KindOf(unsigned char c) {
  if (c == ' ' || (c >= '\t' && c <= '\r')) return AsciiKind::kSpace;
  if (c < 0x20 || c == 0x7F) return AsciiKind::kDropped;
  return AsciiKind::kKept;
}
inline char UpperAscii(unsigned char c) {
  return static_cast<char>(c >= 'a' && c <= 'z' ? c - 'a' + 'A' : c);
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
    const AsciiKind kind = KindOf(c);
    if (kind == AsciiKind::kSpace) {
      pending_space = dst != begin;
      continue;
    }
    if (kind == AsciiKind::kDropped) continue;
    if (pending_space) {
      *dst++ = ' ';
      pending_space = false;
    }
    *dst++ = UpperAscii(c);
  }
  out->resize(static_cast<size_t>(dst - begin));
}

// ICU's transliterator costs about 8 µs per call and most Vietnamese names are new to a
// folder's cache on first sight; folding letter by letter with ICU's own per-letter
// answers gives the same key at ASCII speed (name_folder_test checks every letter and
// mixed names against whole-name ICU).
bool NameFolder::FoldLatin(absl::string_view raw, std::string* out) {
  out->clear();
  const uint8_t* const s = reinterpret_cast<const uint8_t*>(raw.data());
  const int32_t n = static_cast<int32_t>(raw.size());
  bool pending_space = false;
  for (int32_t i = 0; i < n;) {
    UChar32 c;
    U8_NEXT(s, i, n, c);
    if (c >= 0 && c < 0x80) {
      const AsciiKind kind = KindOf(static_cast<unsigned char>(c));
      if (kind == AsciiKind::kSpace) {
        pending_space = !out->empty();
        continue;
      }
      if (kind == AsciiKind::kDropped) continue;
      if (pending_space) {
        out->push_back(' ');
        pending_space = false;
      }
      out->push_back(UpperAscii(static_cast<unsigned char>(c)));
      continue;
    }
    if (!IsPrecomposedLatin(c)) return false;  // also invalid bytes (c < 0)
    auto it = letter_folds_.find(c);
    if (it == letter_folds_.end()) {
      char letter[U8_MAX_LENGTH];
      int32_t length = 0;
      U8_APPEND_UNSAFE(letter, length, c);
      it = letter_folds_.emplace(c, FoldWithIcu(absl::string_view(letter, length))).first;
    }
    const std::string& folded = it->second;
    if (folded.empty()) continue;
    // A letter that folds to something with spaces would change how spaces collapse.
    if (folded.find_first_of(" \t\n\v\f\r") != std::string::npos) return false;
    if (pending_space) {
      out->push_back(' ');
      pending_space = false;
    }
    out->append(folded);
  }
  return true;
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
    if (!FoldLatin(raw, &scratch_)) scratch_ = FoldWithIcu(raw);
    return scratch_;
  }
  auto it = cache_.find(raw);
  if (it != cache_.end()) return it->second;
  if (cache_.size() >= max_cache_entries_) cache_.clear();
  std::string folded;
  if (!FoldLatin(raw, &folded)) folded = FoldWithIcu(raw);
  it = cache_.emplace(std::string(raw), std::move(folded)).first;
  return it->second;
}

}  // namespace simaudit
