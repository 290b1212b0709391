#include "lib/ingest/csv_reader.h"

#include <algorithm>
#include <array>
#include <cstdint>
#include <cstring>
#include <limits>
#include <vector>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "lib/util/status_macros.h"

namespace simaudit {
namespace {

constexpr absl::string_view kUtf8Bom = "\xEF\xBB\xBF";
// Keep this much of a skipped oversized row for its reject.
constexpr size_t kSkippedTextBytes = 1024;

// Bytes that end an unquoted field.
constexpr std::array<bool, 256> MakeDelimiterTable() {
  std::array<bool, 256> t{};
  t[static_cast<unsigned char>(',')] = true;
  t[static_cast<unsigned char>('\n')] = true;
  t[static_cast<unsigned char>('\r')] = true;
  return t;
}
constexpr std::array<bool, 256> kDelimiter = MakeDelimiterTable();

inline bool IsBlank(char c) { return c == ' ' || c == '\t'; }

// Line breaks inside [b, e): a CR, or an LF not preceded by a CR (so CRLF counts once).
// `prev` is the byte before `b` (0 if none).
uint64_t CountLineBreaks(const char* b, const char* e, char prev) {
  uint64_t n = 0;
  for (const char* p = b; p < e; ++p) {
    if (*p == '\r' || (*p == '\n' && prev != '\r')) ++n;
    prev = *p;
  }
  return n;
}

}  // namespace

void CsvReader::ResetRow() {
  row_.num_fields = 0;
  row_.error.reset();
  row_.error_field = -1;
  row_.ascii = false;
  row_.ascii_prefix = 0;
  row_.ascii_suffix = std::numeric_limits<size_t>::max();  // unknown: FinishRow clamps it
  row_line_breaks_ = 0;
  row_quoted_any_ = false;
  scratch_.clear();
  escaped_fields_.clear();
}

void CsvReader::FinishRow() {
  row_.ascii_suffix = std::min(row_.ascii_suffix, row_.text.size());
  const size_t stored = std::min(row_.num_fields, max_fields_);
  // Point unescaped fields into scratch_, now that it no longer grows.
  for (const auto& [index, offset] : escaped_fields_) {
    if (index < stored) {
      field_storage_[index] =
          absl::string_view(scratch_.data() + offset, field_storage_[index].size());
    }
  }
  row_.fields = absl::MakeConstSpan(field_storage_.data(), stored);
}

bool CsvReader::RowIsBlank() const {
  if (row_.num_fields != 1 || row_quoted_any_) return false;
  for (char c : row_.text) {
    if (!IsBlank(c)) return false;
  }
  return true;
}

bool CsvReader::TryParseSimpleRow(const char* begin, const char* end, const char** next) {
#if defined(__SSE2__)
  const __m128i comma = _mm_set1_epi8(',');
  const __m128i lf = _mm_set1_epi8('\n');
  const __m128i cr = _mm_set1_epi8('\r');
  const __m128i quote = _mm_set1_epi8('"');
  const char* field_start = begin;
  const char* first_non_ascii = nullptr;
  const char* non_ascii_end = nullptr;  // just past the last non-ASCII byte so far
  for (const char* block = begin; end - block >= 64; block += 64) {
    uint64_t commas = 0;
    uint64_t breaks = 0;
    uint64_t quotes = 0;
    uint64_t high = 0;
    for (int i = 0; i < 4; ++i) {
      const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(block + 16 * i));
      const int shift = 16 * i;
      commas |= static_cast<uint64_t>(static_cast<uint32_t>(
                    _mm_movemask_epi8(_mm_cmpeq_epi8(v, comma))))
                << shift;
      breaks |= static_cast<uint64_t>(static_cast<uint32_t>(_mm_movemask_epi8(
                    _mm_or_si128(_mm_cmpeq_epi8(v, lf), _mm_cmpeq_epi8(v, cr)))))
                << shift;
      quotes |= static_cast<uint64_t>(static_cast<uint32_t>(
                    _mm_movemask_epi8(_mm_cmpeq_epi8(v, quote))))
                << shift;
      high |= static_cast<uint64_t>(static_cast<uint32_t>(_mm_movemask_epi8(v))) << shift;
    }
    // The row's bytes in this block: all of them, or those before its line break.
    const uint64_t row_end = breaks & (~breaks + 1);
    const uint64_t in_row = row_end != 0 ? row_end - 1 : ~uint64_t{0};
    // A quote in the row: leave the row to the full parser.
    if ((quotes & in_row) != 0) return false;
    if ((high & in_row) != 0) {
      if (first_non_ascii == nullptr) first_non_ascii = block + __builtin_ctzll(high & in_row);
      non_ascii_end = block + 64 - __builtin_clzll(high & in_row);
    }
    for (uint64_t ends = commas & in_row; ends != 0; ends &= ends - 1) {
      const char* const pos = block + __builtin_ctzll(ends);
      AddField(absl::string_view(field_start, static_cast<size_t>(pos - field_start)));
      field_start = pos + 1;
    }
    if (row_end == 0) continue;
    const char* const pos = block + __builtin_ctzll(row_end);
    if (*pos == '\r') {
      if (pos + 1 == end) return false;  // an LF may follow in the next chunk
      *next = pos[1] == '\n' ? pos + 2 : pos + 1;
    } else {
      *next = pos + 1;
    }
    AddField(absl::string_view(field_start, static_cast<size_t>(pos - field_start)));
    row_.text = absl::string_view(begin, static_cast<size_t>(pos - begin));
    row_.ascii = first_non_ascii == nullptr;
    row_.ascii_prefix = static_cast<size_t>((row_.ascii ? pos : first_non_ascii) - begin);
    row_.ascii_suffix = static_cast<size_t>((row_.ascii ? pos : non_ascii_end) - begin);
    row_line_breaks_ = 1;
    return true;
  }
  return false;
#else
  (void)begin;
  (void)end;
  (void)next;
  return false;
#endif
}

CsvReader::ParseResult CsvReader::TryParseRow(const char* begin, const char* end, bool eof,
                                              const char** next) {
  ResetRow();
  if (TryParseSimpleRow(begin, end, next)) {
    FinishRow();
    return ParseResult::kComplete;
  }
  ResetRow();
  bool bad_quoting = false;

  const char* p = begin;
  while (true) {
    // One field starts at p.
    const char* q = p;
    while (q < end && IsBlank(*q)) ++q;
    if (q < end && *q == '"') {
      row_quoted_any_ = true;
      const char* const content = q + 1;
      const char* segment = content;
      bool escaped = false;
      size_t scratch_offset = 0;
      const char* close = nullptr;
      q = content;
      while (true) {
        const char* quote =
            static_cast<const char*>(std::memchr(q, '"', static_cast<size_t>(end - q)));
        if (quote == nullptr) {
          if (!eof) return ParseResult::kNeedMore;
          // The quote never closes: the rest of the input is this row.
          row_line_breaks_ += CountLineBreaks(q, end, q[-1]);
          row_.text = absl::string_view(begin, static_cast<size_t>(end - begin));
          AddField(absl::string_view(content, static_cast<size_t>(end - content)));
          row_.error = RejectReason::kBadQuoting;
          row_.error_field = -1;
          *next = end;
          FinishRow();
          return ParseResult::kComplete;
        }
        row_line_breaks_ += CountLineBreaks(q, quote, q[-1]);
        if (quote + 1 == end && !eof) return ParseResult::kNeedMore;
        if (quote + 1 < end && quote[1] == '"') {
          // A doubled quote stands for one quote: unescape into scratch_.
          if (!escaped) {
            escaped = true;
            scratch_offset = scratch_.size();
          }
          scratch_.append(segment, static_cast<size_t>(quote + 1 - segment));
          segment = quote + 2;
          q = quote + 2;
          continue;
        }
        close = quote;
        break;
      }
      if (escaped) {
        scratch_.append(segment, static_cast<size_t>(close - segment));
        // The view is re-pointed by FinishRow, when scratch_ stops growing.
        escaped_fields_.emplace_back(row_.num_fields, scratch_offset);
        AddField(absl::string_view(scratch_.data(), scratch_.size() - scratch_offset));
      } else {
        AddField(absl::string_view(content, static_cast<size_t>(close - content)));
      }
      q = close + 1;
      while (q < end && IsBlank(*q)) ++q;
      if (q < end && !kDelimiter[static_cast<unsigned char>(*q)]) {
        // Text after the closing quote: not RFC 4180. Skip to the field's end.
        bad_quoting = true;
        while (q < end && !kDelimiter[static_cast<unsigned char>(*q)]) ++q;
      }
    } else {
      // Unquoted: up to the next comma or line break. Quotes inside are literal.
      while (q < end && !kDelimiter[static_cast<unsigned char>(*q)]) ++q;
      AddField(absl::string_view(p, static_cast<size_t>(q - p)));
    }

    if (q == end) {
      if (!eof) return ParseResult::kNeedMore;
      row_.text = absl::string_view(begin, static_cast<size_t>(end - begin));
      *next = end;
      break;
    }
    if (*q == ',') {
      p = q + 1;
      continue;
    }
    // A line break ends the row: LF, CRLF or a lone CR.
    row_.text = absl::string_view(begin, static_cast<size_t>(q - begin));
    if (*q == '\r') {
      if (q + 1 == end && !eof) return ParseResult::kNeedMore;
      *next = (q + 1 < end && q[1] == '\n') ? q + 2 : q + 1;
    } else {
      *next = q + 1;
    }
    ++row_line_breaks_;
    break;
  }

  if (bad_quoting) {
    row_.error = RejectReason::kBadQuoting;
    row_.error_field = -1;
  }
  FinishRow();
  return ParseResult::kComplete;
}

absl::Status CsvReader::SkipOversizedRow() {
  enum class State { kFieldStart, kUnquoted, kQuoted, kQuoteInQuoted, kAfterQuote };
  ResetRow();
  skipped_text_.clear();

  State state = State::kFieldStart;
  size_t field_len = 0;
  size_t field_index = 0;
  int too_long = -1;
  bool bad_quoting = false;
  char prev = 0;
  bool row_done = false;
  bool cr_pending = false;  // the row ended with CR; an LF right after belongs to it

  auto end_field = [&] {
    if (field_len > kMaxFieldBytes && too_long < 0) too_long = static_cast<int>(field_index);
    ++field_index;
    field_len = 0;
    state = State::kFieldStart;
  };

  while (!row_done) {
    const absl::string_view data = input_->data();
    size_t i = 0;
    for (; i < data.size() && !row_done; ++i) {
      const char c = data[i];
      switch (state) {
        case State::kQuoted:
          if (c == '"') {
            state = State::kQuoteInQuoted;
          } else {
            ++field_len;
            if (c == '\r' || (c == '\n' && prev != '\r')) ++row_line_breaks_;
          }
          break;
        case State::kQuoteInQuoted:
          if (c == '"') {
            ++field_len;
            state = State::kQuoted;
            break;
          }
          state = State::kAfterQuote;
          [[fallthrough]];
        case State::kFieldStart:
        case State::kUnquoted:
        case State::kAfterQuote:
          if (c == ',') {
            end_field();
          } else if (c == '\n' || c == '\r') {
            row_done = true;
            cr_pending = c == '\r';
            ++row_line_breaks_;
          } else if (state == State::kFieldStart && c == '"') {
            state = State::kQuoted;
            field_len = 0;
          } else if (state == State::kAfterQuote) {
            if (!IsBlank(c)) bad_quoting = true;
          } else {
            ++field_len;
            if (!IsBlank(c)) state = State::kUnquoted;
          }
          break;
      }
      prev = c;
    }
    // Keep the row's first KiB (without its line break) for the reject.
    const size_t row_bytes = row_done ? i - 1 : i;
    if (skipped_text_.size() < kSkippedTextBytes) {
      skipped_text_.append(data.data(),
                           std::min(row_bytes, kSkippedTextBytes - skipped_text_.size()));
    }
    input_->Consume(i);
    if (row_done) break;
    SIMAUDIT_ASSIGN_OR_RETURN(const bool more, input_->Extend());
    if (!more) {
      eof_ = true;
      break;
    }
  }
  if (cr_pending) {
    if (input_->data().empty() && !eof_) {
      SIMAUDIT_ASSIGN_OR_RETURN(const bool more, input_->Extend());
      if (!more) eof_ = true;
    }
    if (!input_->data().empty() && input_->data()[0] == '\n') input_->Consume(1);
  }
  const bool unterminated = state == State::kQuoted;
  end_field();

  row_.num_fields = field_index;
  row_.fields = absl::Span<const absl::string_view>();
  row_.text = skipped_text_;
  row_.ascii_suffix = row_.text.size();
  if (unterminated || bad_quoting) {
    row_.error = RejectReason::kBadQuoting;
  } else {
    // Either a field is too long, or the row is longer than any valid row can be.
    row_.error = RejectReason::kFieldTooLong;
    row_.error_field = too_long;
  }
  return absl::OkStatus();
}

absl::StatusOr<const CsvRow*> CsvReader::Next() {
  if (pending_consume_ > 0) {
    input_->Consume(pending_consume_);
    pending_consume_ = 0;
  }
  if (!started_ && !skip_bom_) started_ = true;
  if (!started_) {
    while (input_->data().size() < kUtf8Bom.size() && !eof_) {
      SIMAUDIT_ASSIGN_OR_RETURN(const bool more, input_->Extend());
      if (!more) eof_ = true;
    }
    if (absl::string_view(input_->data()).substr(0, kUtf8Bom.size()) == kUtf8Bom) {
      input_->Consume(kUtf8Bom.size());
    }
    started_ = true;
  }
  while (true) {
    const absl::string_view data = input_->data();
    if (data.empty() && eof_) return nullptr;
    // Rows are parsed only up to max_row_bytes_, whatever is buffered, so a file read in
    // chunks and the same bytes in memory split into the same rows.
    const size_t limit = std::min(data.size(), max_row_bytes_);
    const bool at_end = eof_ && data.size() <= max_row_bytes_;
    const char* next = nullptr;
    const ParseResult result =
        data.empty() ? ParseResult::kNeedMore
                     : TryParseRow(data.data(), data.data() + limit, at_end, &next);
    if (result == ParseResult::kNeedMore) {
      if (data.size() >= max_row_bytes_) {
        row_.line = line_;
        SIMAUDIT_RETURN_IF_ERROR(SkipOversizedRow());
        line_ += row_line_breaks_;
        return &row_;
      }
      SIMAUDIT_ASSIGN_OR_RETURN(const bool more, input_->Extend());
      if (!more) eof_ = true;
      continue;
    }
    row_.line = line_;
    line_ += row_line_breaks_;
    const size_t used = static_cast<size_t>(next - data.data());
    if (RowIsBlank()) {
      input_->Consume(used);
      continue;
    }
    pending_consume_ = used;
    return &row_;
  }
}

std::vector<size_t> FindCsvRowStarts(absl::string_view text, size_t from,
                                     absl::Span<const size_t> targets) {
  std::vector<size_t> starts(targets.size(), text.size());
  if (from >= text.size()) return starts;
  const char* const base = text.data();
  const char* const end = base + text.size();
  // [p, ...) is outside quoted fields; field_start says whether p starts a field.
  const char* p = base + std::min(from, text.size());
  bool field_start = true;
  // Cached: the first LF at or after some earlier search start (end if none). Searches
  // only move forward, so it stays valid while it is not behind the new start.
  const char* lf = nullptr;
  size_t t = 0;
  while (t < targets.size()) {
    const char* const want = base + std::min(std::max(targets[t], from + 1), text.size()) - 1;
    const char* const search = std::max(want, p);
    if (lf == nullptr || lf < search) {
      lf = static_cast<const char*>(
          std::memchr(search, '\n', static_cast<size_t>(end - search)));
      if (lf == nullptr) lf = end;
    }
    // The first quote in [p, lf) that opens a field; literal quotes are skipped.
    const char* open = nullptr;
    for (const char* q = p; q < lf;) {
      q = static_cast<const char*>(std::memchr(q, '"', static_cast<size_t>(lf - q)));
      if (q == nullptr) break;
      const char* k = q;
      while (k > p && IsBlank(k[-1])) --k;
      if (k == p ? field_start : (k[-1] == ',' || k[-1] == '\n' || k[-1] == '\r')) {
        open = q;
        break;
      }
      ++q;
    }
    if (open == nullptr) {
      if (lf == end) break;  // no row starts after this target: the rest stay at the end
      // [p, lf] holds no quoted field, so lf ends a row; the next search starts there.
      p = lf + 1;
      field_start = true;
      for (; t < targets.size() && targets[t] <= static_cast<size_t>(p - base); ++t) {
        starts[t] = static_cast<size_t>(p - base);
      }
      continue;
    }
    // Skip the quoted field: a doubled quote is content, any other quote closes it.
    const char* close = open + 1;
    while (true) {
      close = static_cast<const char*>(
          std::memchr(close, '"', static_cast<size_t>(end - close)));
      if (close == nullptr || close + 1 >= end || close[1] != '"') break;
      close += 2;
    }
    if (close == nullptr) break;  // never closes: the rest of the text is one row
    p = close + 1;
    field_start = false;
  }
  return starts;
}

}  // namespace simaudit
