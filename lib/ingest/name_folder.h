// File: name_folder.h
// -----------------------------------------------------------------------------
// Folds a declared full name to the key used to compare names across rows: Unicode
// normalised, diacritics stripped (đ/Đ become d/D), upper-cased, with whitespace trimmed
// and collapsed to single spaces. Carriers send the same name with diacritics, in upper
// case or without diacritics; all fold to one key:
//
//   NameFolder folder;
//   folder.Fold("Nguyễn Văn Đức");    // "NGUYEN VAN DUC"
//   folder.Fold("NGUYEN VAN DUC");    // "NGUYEN VAN DUC"
//   folder.Fold(" Nguyen  Van Duc");  // "NGUYEN VAN DUC"
//
// The work is done by ICU (a transliterator `NFD; [:Nonspacing Mark:] Remove; NFC;
// Latin-ASCII` and root-locale upper-casing). Names repeat a lot, so results are cached
// by the raw bytes. Pure-ASCII names take a short path that gives the same result
// without ICU, and so do names whose other characters are all precomposed Latin letters
// (every Vietnamese letter is one): those are folded letter by letter, each letter's
// fold being ICU's own, computed once per folder. Anything else (combining marks,
// other scripts, unusual spaces) goes through ICU whole. Format and control characters
// (zero-width spaces and the like) are dropped.
//
// Not thread-safe: use one NameFolder per thread.
#ifndef SIMAUDIT_LIB_INGEST_NAME_FOLDER_H_
#define SIMAUDIT_LIB_INGEST_NAME_FOLDER_H_

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>

#include <unicode/uversion.h>

#include "absl/container/flat_hash_map.h"
#include "absl/strings/string_view.h"

// ICU's namespace is versioned (icu_72); `icu` is an alias, so declare through its macros.
U_NAMESPACE_BEGIN
class Transliterator;
U_NAMESPACE_END

namespace simaudit {

class NameFolder {
 public:
  // Default bound on cached names; the cache is emptied when it is reached, which keeps
  // memory bounded in a long-running server.
  static constexpr size_t kDefaultMaxCacheEntries = size_t{1} << 20;

  // `max_cache_entries` = 0 disables the cache.
  explicit NameFolder(size_t max_cache_entries = kDefaultMaxCacheEntries);
  ~NameFolder();
  NameFolder(const NameFolder&) = delete;
  NameFolder& operator=(const NameFolder&) = delete;

  // Returns the folded form of `raw` (UTF-8; invalid bytes fold as U+FFFD).
  std::string Fold(absl::string_view raw) { return std::string(FoldView(raw)); }

  // Like Fold, without allocating when the name is cached or ASCII. The view is valid
  // until the next call on this folder.
  absl::string_view FoldView(absl::string_view raw);

  // Always runs ICU, bypassing the ASCII path and the cache (for tests and benchmarks).
  std::string FoldWithIcu(absl::string_view raw);

  // Number of ICU folds run so far: one per distinct name that is neither ASCII nor
  // precomposed Latin, and one per distinct Latin letter.
  uint64_t icu_runs() const { return icu_runs_; }
  size_t cache_size() const { return cache_.size(); }

 private:
  void FoldAscii(absl::string_view raw, std::string* out) const;
  // Folds `raw` letter by letter if it is ASCII and precomposed Latin letters only;
  // returns false (and *out is unspecified) otherwise.
  bool FoldLatin(absl::string_view raw, std::string* out);

  size_t max_cache_entries_;
  uint64_t icu_runs_ = 0;
  std::unique_ptr<icu::Transliterator> transliterator_;  // created on first ICU fold
  absl::flat_hash_map<std::string, std::string> cache_;
  absl::flat_hash_map<int32_t, std::string> letter_folds_;  // ICU's fold of each letter
  std::string scratch_;
};

}  // namespace simaudit

#endif  // SIMAUDIT_LIB_INGEST_NAME_FOLDER_H_
