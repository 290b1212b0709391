#include "lib/gen/render.h"

#include <algorithm>
#include <cmath>
#include <utility>

#include "lib/gen/calendar.h"
#include "lib/gen/devices.h"
#include "lib/gen/rng.h"
#include "lib/gen/vn_data.h"
#include "lib/gen/vn_ids.h"
#include "lib/gen/vn_text.h"
#include "lib/model/codes.h"
#include "lib/model/schema.h"

namespace simaudit::gen {
namespace {

constexpr uint64_t kRowSalt = 0x7011;
constexpr uint64_t kTypoSalt = 0x7790;
constexpr uint64_t kUsageSalt = 0x45a6;
constexpr uint64_t kBoxSalt = 0xb0c5;
constexpr uint64_t kNumberSalt = 0x9b3e;
constexpr uint32_t kRandomPool = 5000000;  // numbers x5000000..x9999999 of each prefix
constexpr uint32_t kBlockPool = 50000;     // blocks of 100 in x0000000..x4999999

void AppendUint(uint64_t v, std::string* out) {
  char buf[24];
  int n = 0;
  do {
    buf[n++] = static_cast<char>('0' + v % 10);
    v /= 10;
  } while (v > 0);
  while (n > 0) out->push_back(buf[--n]);
}

void AppendPadded(uint64_t v, int width, std::string* out) {
  char buf[24];
  int n = 0;
  do {
    buf[n++] = static_cast<char>('0' + v % 10);
    v /= 10;
  } while (v > 0);
  while (n < width) buf[n++] = '0';
  while (n > 0) out->push_back(buf[--n]);
}

void AppendHex16(uint64_t v, std::string* out) {
  static constexpr char kHex[] = "0123456789abcdef";
  for (int shift = 60; shift >= 0; shift -= 4) out->push_back(kHex[(v >> shift) & 15]);
}

// RFC 4180: quote fields holding a comma, quote or line break.
void AppendField(absl::string_view s, std::string* out) {
  if (s.find_first_of(",\"\r\n") == absl::string_view::npos) {
    out->append(s.data(), s.size());
    return;
  }
  out->push_back('"');
  for (char c : s) {
    if (c == '"') out->push_back('"');
    out->push_back(c);
  }
  out->push_back('"');
}

void AppendStyled(absl::string_view name, NameStyle style, std::string* out) {
  switch (style) {
    case NameStyle::kAsDeclared:
      out->append(name.data(), name.size());
      return;
    case NameStyle::kUpper:
      AppendUpperVietnamese(name, out);
      return;
    case NameStyle::kUpperAscii:
      AppendUpperAscii(name, out);
      return;
    case NameStyle::kAscii:
      AppendFoldedDiacritics(name, out);
      return;
  }
}

char32_t ShiftLetter(char32_t cp, int delta) {
  const char32_t base = FoldDiacritic(cp);
  if (base >= 'a' && base <= 'z') return 'a' + (base - 'a' + 26 + delta) % 26;
  if (base >= 'A' && base <= 'Z') return 'A' + (base - 'A' + 26 + delta) % 26;
  return cp;
}

// One-letter slip in the middle or given name: a lost diacritic, a neighbouring letter,
// a doubled or a dropped letter.
std::string TypoName(const std::string& name, Rng& r) {
  const std::vector<char32_t> cps = DecodeUtf8(name);
  std::vector<size_t> positions;
  const size_t first_space =
      std::find(cps.begin(), cps.end(), U' ') - cps.begin();
  for (size_t i = first_space + 1; i < cps.size(); ++i) {
    if (cps[i] != U' ') positions.push_back(i);
  }
  if (positions.empty()) {
    for (size_t i = 0; i < cps.size(); ++i) {
      if (cps[i] != U' ') positions.push_back(i);
    }
  }
  if (positions.empty()) return name + "a";
  for (int attempt = 0; attempt < 8; ++attempt) {
    std::vector<char32_t> t = cps;
    const size_t pos = positions[r.Below(positions.size())];
    switch (r.Below(4)) {
      case 0:
        t[pos] = FoldDiacritic(t[pos]);
        break;
      case 1:
        t[pos] = ShiftLetter(t[pos], r.Bernoulli(0.5) ? 1 : -1);
        break;
      case 2:
        t.insert(t.begin() + pos, t[pos]);
        break;
      default: {
        const bool word_start = pos == 0 || t[pos - 1] == U' ';
        const bool word_end = pos + 1 == t.size() || t[pos + 1] == U' ';
        if (!(word_start && word_end)) t.erase(t.begin() + pos);
        break;
      }
    }
    if (t != cps) return EncodeUtf8(t);
  }
  std::vector<char32_t> t = cps;
  t.push_back(t.back());
  return EncodeUtf8(t);
}

// One mistyped digit: day and month swapped, a neighbouring day, or the year's last digit.
int64_t TypoDob(int64_t dob, Rng& r) {
  const CivilDate d = CivilFromDays(dob);
  for (int attempt = 0; attempt < 8; ++attempt) {
    switch (r.Below(3)) {
      case 0:
        if (d.day <= 12 && d.day != d.month) return DaysFromCivil(d.year, d.day, d.month);
        break;
      case 1: {
        const int day = d.day + (r.Bernoulli(0.5) ? 1 : -1) * (r.Bernoulli(0.7) ? 1 : 10);
        if (day >= 1 && day <= DaysInMonth(d.year, d.month)) {
          return DaysFromCivil(d.year, d.month, day);
        }
        break;
      }
      default: {
        const int year = d.year + (r.Bernoulli(0.5) ? 1 : -1);
        return DaysFromCivil(year, d.month, std::min(d.day, DaysInMonth(year, d.month)));
      }
    }
  }
  return dob + (d.day > 1 ? -1 : 1);
}

int64_t Ln(Rng& r, double median, double sigma) {
  return std::llround(r.LogNormal(median, sigma));
}

int64_t Pick(Rng& r, std::initializer_list<int64_t> values) {
  const size_t i = r.Below(values.size());
  return *(values.begin() + i);
}

enum UsageIndex { kActive = 0, kOut, kIn, kOutSms, kInSms, kCallees, kTopup, kData };

// The eight 30-day counters of a usage profile, scaled to the days observed.
void DrawUsage(UsageProfile profile, int days, Rng& r, int64_t u[8]) {
  std::fill(u, u + 8, 0);
  switch (profile) {
    case UsageProfile::kNormal:
      u[kActive] = r.Range(18, 30);
      u[kOut] = Ln(r, 35, 0.7);
      u[kIn] = Ln(r, 40, 0.7);
      u[kOutSms] = Ln(r, 4, 1.0);
      u[kInSms] = Ln(r, 25, 0.6);
      u[kCallees] = Ln(r, 14, 0.5);
      u[kTopup] = Pick(r, {0, 10000, 20000, 50000, 50000, 100000, 100000, 200000, 500000});
      u[kData] = Ln(r, 3000, 0.9);
      break;
    case UsageProfile::kHeavyData:
      u[kActive] = r.Range(25, 30);
      u[kOut] = Ln(r, 12, 0.8);
      u[kIn] = Ln(r, 15, 0.8);
      u[kOutSms] = Ln(r, 2, 1.0);
      u[kInSms] = Ln(r, 30, 0.6);
      u[kCallees] = Ln(r, 8, 0.5);
      u[kTopup] = Pick(r, {50000, 70000, 90000, 120000, 150000, 200000});
      u[kData] = Ln(r, 15000, 0.6);
      break;
    case UsageProfile::kLight:
      u[kActive] = r.Range(10, 30);
      u[kOut] = Ln(r, 20, 0.6);
      u[kIn] = Ln(r, 30, 0.6);
      u[kOutSms] = Ln(r, 1, 1.0);
      u[kInSms] = Ln(r, 10, 0.6);
      u[kCallees] = Ln(r, 6, 0.4);
      u[kTopup] = Pick(r, {10000, 20000, 20000, 50000});
      u[kData] = r.Bernoulli(0.8) ? 0 : Ln(r, 50, 1.0);
      break;
    case UsageProfile::kBusiness:
      u[kActive] = r.Range(26, 30);
      u[kOut] = Ln(r, 180, 0.5);
      u[kIn] = Ln(r, 150, 0.5);
      u[kOutSms] = Ln(r, 15, 0.8);
      u[kInSms] = Ln(r, 40, 0.6);
      u[kCallees] = Ln(r, 70, 0.5);
      u[kTopup] = Pick(r, {100000, 200000, 300000, 500000});
      u[kData] = Ln(r, 5000, 0.8);
      break;
    case UsageProfile::kChild:
      u[kActive] = r.Range(20, 30);
      u[kOut] = Ln(r, 15, 0.6);
      u[kIn] = Ln(r, 20, 0.6);
      u[kOutSms] = Ln(r, 8, 0.8);
      u[kInSms] = Ln(r, 10, 0.6);
      u[kCallees] = Ln(r, 4, 0.3);
      u[kTopup] = Pick(r, {0, 20000, 50000});
      u[kData] = Ln(r, 4000, 0.8);
      break;
    case UsageProfile::kBackup:
      u[kActive] = r.Range(0, 3);
      u[kOut] = r.Range(0, 2);
      u[kIn] = r.Range(0, 3);
      u[kInSms] = r.Range(0, 8);
      u[kCallees] = u[kOut];
      u[kData] = r.Range(0, 20);
      break;
    case UsageProfile::kNeverUsed:
      break;
    case UsageProfile::kDataOnly:
      u[kActive] = r.Range(10, 30);
      u[kInSms] = r.Range(0, 5);
      u[kTopup] = Pick(r, {0, 50000, 70000, 90000, 120000});
      u[kData] = Ln(r, 6000, 0.9);
      break;
    case UsageProfile::kIot:
      u[kActive] = r.Range(28, 30);
      u[kOutSms] = r.Range(0, 2);
      u[kInSms] = r.Range(0, 3);
      u[kData] = Ln(r, 40, 0.7);
      break;
    case UsageProfile::kCallCentre:
      u[kActive] = r.Range(22, 30);
      u[kOut] = Ln(r, 1500, 0.5);
      u[kIn] = Ln(r, 120, 0.8);
      u[kOutSms] = Ln(r, 5, 1.0);
      u[kInSms] = Ln(r, 10, 0.8);
      u[kCallees] = Ln(r, 900, 0.5);
      u[kTopup] = r.Bernoulli(0.6) ? 0 : Pick(r, {500000, 1000000});
      u[kData] = Ln(r, 20, 1.0);
      break;
    case UsageProfile::kEmployee:
      u[kActive] = r.Range(20, 30);
      u[kOut] = Ln(r, 80, 0.6);
      u[kIn] = Ln(r, 70, 0.6);
      u[kOutSms] = Ln(r, 5, 1.0);
      u[kInSms] = Ln(r, 20, 0.6);
      u[kCallees] = Ln(r, 35, 0.5);
      u[kTopup] = r.Bernoulli(0.7) ? 0 : Pick(r, {100000, 200000});
      u[kData] = Ln(r, 3000, 0.8);
      break;
    case UsageProfile::kResold:
      u[kActive] = r.Range(3, 25);
      u[kOut] = Ln(r, 25, 0.9);
      u[kIn] = Ln(r, 25, 0.9);
      u[kOutSms] = Ln(r, 3, 1.0);
      u[kInSms] = Ln(r, 20, 0.7);
      u[kCallees] = Ln(r, 10, 0.6);
      u[kTopup] = Pick(r, {0, 10000, 20000, 50000});
      u[kData] = Ln(r, 1500, 1.0);
      break;
    case UsageProfile::kSpam:
      u[kActive] = r.Range(10, 30);
      u[kOut] = Ln(r, 600, 0.7);
      u[kIn] = Ln(r, 8, 0.8);
      u[kOutSms] = Ln(r, 30, 1.2);
      u[kInSms] = Ln(r, 5, 0.8);
      u[kCallees] = std::llround(static_cast<double>(u[kOut]) * r.Uniform(0.7, 0.98));
      u[kTopup] = Pick(r, {0, 0, 0, 10000, 10000, 20000});
      u[kData] = r.Bernoulli(0.9) ? 0 : Ln(r, 30, 1.0);
      break;
    case UsageProfile::kOtpSink:
      u[kActive] = r.Range(10, 30);
      u[kOut] = r.Range(0, 2);
      u[kIn] = r.Range(0, 3);
      u[kInSms] = Ln(r, 250, 0.6);
      u[kCallees] = u[kOut];
      u[kData] = r.Bernoulli(0.8) ? 0 : r.Range(1, 10);
      break;
    case UsageProfile::kTheftOtp:
      u[kActive] = r.Range(5, 30);
      u[kOut] = Ln(r, 10, 0.8);
      u[kIn] = Ln(r, 2, 1.0);
      u[kOutSms] = Ln(r, 1, 1.0);
      u[kInSms] = Ln(r, 80, 0.6);
      u[kCallees] = std::llround(static_cast<double>(u[kOut]) * 0.8);
      u[kTopup] = Pick(r, {0, 0, 10000});
      u[kData] = Ln(r, 100, 1.2);
      break;
    case UsageProfile::kTheftCaller:
      u[kActive] = r.Range(10, 30);
      u[kOut] = Ln(r, 250, 0.6);
      u[kIn] = Ln(r, 15, 0.8);
      u[kOutSms] = Ln(r, 10, 1.0);
      u[kInSms] = Ln(r, 15, 0.7);
      u[kCallees] = std::llround(static_cast<double>(u[kOut]) * r.Uniform(0.5, 0.9));
      u[kTopup] = Pick(r, {0, 10000, 20000, 50000});
      u[kData] = Ln(r, 300, 1.0);
      break;
  }
  if (days < 30) {
    const double f = days / 30.0;
    for (int i = 1; i < 8; ++i) {
      if (i == kTopup) continue;  // one top-up is one top-up
      u[i] = std::llround(static_cast<double>(u[i]) * f);
    }
    if (days == 0) u[kTopup] = 0;
    u[kActive] = std::min<int64_t>(u[kActive], days);
  }
  u[kCallees] = std::min(u[kCallees], u[kOut]);
  if (u[kOut] > 0) u[kCallees] = std::max<int64_t>(u[kCallees], 1);
  if (u[kActive] == 0) std::fill(u + 1, u + 8, 0);
}

absl::string_view IdTypeOf(DocKind doc) {
  switch (doc) {
    case DocKind::kCccd:
      return "CCCD";
    case DocKind::kCmnd9:
    case DocKind::kCmnd12:
      return "CMND";
    case DocKind::kVnPassport:
    case DocKind::kForeignPassport:
      return "PASSPORT";
    case DocKind::kOrg:
      return "ORG";
  }
  return "";
}

}  // namespace

Renderer::Renderer(const GeneratorOptions& options, const Period& period,
                   const PointTable& points)
    : options_(options), period_(period), points_(points), seed_(options.seed) {
  boxes_opened_.assign(kNumCarriers, 0);
  sims_issued_.assign(kNumCarriers, 0);
  for (int c = 0; c < kNumCarriers; ++c) {
    account_base_.push_back(100000000 + HashOf(seed_, kBoxSalt, c) % 900000000);
  }
}

std::string Renderer::BatchHeader() {
  std::string header;
  for (int i = 0; i < kNumColumns; ++i) {
    if (i > 0) header.push_back(',');
    const absl::string_view name = ColumnName(static_cast<Column>(i));
    header.append(name.data(), name.size());
  }
  header.push_back('\n');
  return header;
}

std::string Renderer::LabelsHeader() { return "carrier,msisdn,junk,non_owner,pattern\n"; }

int Renderer::CarrierPrefix(Carrier c, uint64_t h) const {
  const absl::Span<const int> prefixes = CarrierTable()[static_cast<int>(c)].prefixes;
  return prefixes[h % prefixes.size()];
}

uint64_t Renderer::RandomNumber(int prefix) {
  // Fall over to the next prefix of the same thousand-block if one is exhausted (only
  // reachable near the validated size limit).
  for (int attempt = 0; attempt < 100; ++attempt) {
    const int p = (prefix + attempt) % 100;
    if (p < 30) continue;
    if (random_used_[p] < kRandomPool) {
      const Permutation perm(kRandomPool, HashOf(seed_, kNumberSalt, p));
      return uint64_t(p) * 10000000 + kRandomPool + perm(random_used_[p]++);
    }
  }
  return 0;
}

uint64_t Renderer::BlockStart(int prefix) {
  for (int attempt = 0; attempt < 100; ++attempt) {
    const int p = (prefix + attempt) % 100;
    if (p < 30) continue;
    if (blocks_used_[p] < kBlockPool) {
      const Permutation perm(kBlockPool, HashOf(seed_, kNumberSalt, 0xb1, p));
      return uint64_t(p) * 10000000 + perm(blocks_used_[p]++) * 100;
    }
  }
  return 0;
}

Renderer::SimCard Renderer::TakeKit(uint32_t point, Carrier c, bool with_number) {
  const int k = static_cast<int>(c);
  const CarrierInfo& ci = CarrierTable()[k];
  Box& box = boxes_[uint64_t{point} * 16 + k];
  if (box.left == 0) {
    const uint64_t n = boxes_opened_[k]++;
    const uint64_t h = HashOf(seed_, kBoxSalt, k, n);
    box.account_digits = ToUnit(h) < ci.iccid20_share ? 13 : 12;
    const uint64_t tag_unit = box.account_digits == 13 ? 1000000000000ULL : 100000000000ULL;
    box.next_account =
        static_cast<uint64_t>(ci.tag) * tag_unit + account_base_[k] + n * options_.iccid_box_size;
    box.left = static_cast<uint32_t>(options_.iccid_box_size);
    box.prefix = static_cast<uint8_t>(CarrierPrefix(c, Mix64(h)));
    box.mnc = static_cast<uint8_t>(ToUnit(Mix64(h + 1)) < ci.host_mnc_share ? ci.host_mnc
                                                                             : ci.mnc);
    box.next_number =
        ToUnit(Mix64(h + 2)) < options_.sequential_number_box_share ? -2 : -1;
  }
  SimCard card;
  card.account = box.next_account++;
  card.account_digits = box.account_digits;
  card.issuer = static_cast<uint8_t>(ci.iccid_issuer);
  --box.left;
  const Permutation msin_perm(1000000000, HashOf(seed_, kBoxSalt, 0x1451, k));
  card.msin =
      static_cast<uint64_t>(ci.tag) * 1000000000 + msin_perm(sims_issued_[k]++ % 1000000000);
  card.mnc = box.mnc;
  if (!with_number) {
    // A blank kit: the number comes from the pool (chosen or ported in).
  } else if (box.next_number == -1) {
    card.national = RandomNumber(box.prefix);
  } else {
    // Kit numbers run in blocks of 100 consecutive numbers.
    if (box.next_number < 0 || box.next_number % 100 == 0) {
      box.next_number = static_cast<int64_t>(BlockStart(box.prefix));
    }
    card.national = static_cast<uint64_t>(box.next_number++);
    if (box.next_number % 100 == 0) box.next_number = -2;
  }
  return card;
}

bool Renderer::Render(const Event& e, const Scenario& world, std::string* batch,
                      std::string* labels) {
  const Carrier carrier = static_cast<Carrier>(e.carrier);
  const CarrierInfo& ci = CarrierTable()[e.carrier];
  const uint64_t row_hash = HashOf(seed_, kRowSalt, e.seq);

  // The SIM and its number.
  SimCard card;
  bool have_card = false;
  if (e.flags & kFlagLater) {
    auto it = pending_.find(e.origin);
    if (it != pending_.end()) {
      card = it->second;
      pending_.erase(it);
      have_card = true;
    }
    if (have_card && (e.flags & kFlagSimSwap)) {
      const SimCard fresh = TakeKit(e.point, carrier, /*with_number=*/false);
      const uint64_t national = card.national;
      card = fresh;
      card.national = national;
    }
  }
  if (!have_card) {
    card = TakeKit(e.point, carrier, e.number_mode == NumberMode::kKit);
    if (e.number_mode == NumberMode::kChosen) {
      card.national = RandomNumber(CarrierPrefix(carrier, Mix64(row_hash)));
    } else if (e.number_mode == NumberMode::kPorted) {
      // Ported in, mostly from the big three.
      static constexpr int kDonors[10] = {0, 0, 0, 0, 0, 1, 1, 2, 2, 3};
      int from = kDonors[Mix64(row_hash + 1) % 10];
      if (from == e.carrier) from = (from + 1) % 3;
      card.national = RandomNumber(CarrierPrefix(static_cast<Carrier>(from), Mix64(row_hash + 2)));
    }
    if (e.flags & kFlagHasLater) pending_[e.seq] = card;
  }
  last_msisdn_ = "84";
  AppendPadded(card.national, 9, &last_msisdn_);

  // Who registered.
  PersonInfo info;
  const OrgInfo* org = nullptr;
  const bool person = e.identity_kind == IdentityKind::kPerson;
  if (person) {
    info = world.population().Describe(e.identity);
  } else {
    org = &world.org(e.identity);
  }
  const uint64_t typo_seed = HashOf(seed_, kTypoSalt, (e.flags & kFlagLater) ? e.origin : e.seq);

  std::string& row = *batch;
  // carrier
  const absl::string_view carrier_name = CarrierName(carrier);
  row.append(carrier_name.data(), carrier_name.size());
  row.push_back(',');
  // msisdn, in the carrier's export format
  const double format = ToUnit(Mix64(row_hash ^ 0x4d5));
  if (format < ci.msisdn_plus84_share) {
    row.append("+84");
  } else if (format < ci.msisdn_plus84_share + ci.msisdn_84_share) {
    row.append("84");
  } else {
    row.push_back('0');
  }
  AppendPadded(card.national, 9, &row);
  row.push_back(',');
  // imsi, iccid
  if (!(e.flags & kFlagNoImsi)) AppendImsi(card.mnc, card.msin, &row);
  row.push_back(',');
  if (!(e.flags & kFlagNoIccid)) {
    AppendIccid(card.issuer, card.account, card.account_digits, &row);
  }
  row.push_back(',');
  // subscriber_type
  if (!person) {
    row.append("ORGANIZATION");
  } else if (ci.writes_individual) {
    row.append("INDIVIDUAL");
  }
  row.push_back(',');
  // id_type, id_number
  const absl::string_view id_type = IdTypeOf(e.doc);
  row.append(id_type.data(), id_type.size());
  row.push_back(',');
  if (person) {
    world.population().AppendDocumentNumber(info, e.doc, &row);
  } else {
    row.append(org->tax_code);
  }
  row.push_back(',');
  // full_name
  name_.clear();
  if (person) {
    Population::AppendFullName(info, &name_);
    if (e.flags & kFlagTypoName) {
      Rng typo(typo_seed);
      name_ = TypoName(name_, typo);
    }
  } else {
    name_ = org->name;
  }
  scratch_.clear();
  AppendStyled(name_, e.name_style, &scratch_);
  AppendField(scratch_, &row);
  row.push_back(',');
  // date_of_birth, gender, nationality, province
  if (person) {
    int64_t dob = info.dob;
    if (e.flags & kFlagTypoDob) {
      Rng typo(Mix64(typo_seed));
      dob = TypoDob(dob, typo);
    }
    AppendDate(dob, &row);
  }
  row.push_back(',');
  if (person && !(e.flags & kFlagNoGender)) row.push_back(info.female ? 'F' : 'M');
  row.push_back(',');
  if (person && info.foreign()) {
    row.append(Nationalities()[info.nationality].iso2);
  } else if (ci.writes_individual) {
    row.append("VN");
  }
  row.push_back(',');
  if (!(e.flags & kFlagNoProvince)) {
    AppendPadded(Provinces()[person ? info.residence_province : org->province].code, 3, &row);
  }
  row.push_back(',');
  // registered_at, channel, agent_id, device_imei
  AppendTimestamp(e.ts, &row);
  row.push_back(',');
  const Channel channel = static_cast<Channel>(e.channel);
  if (!(e.flags & kFlagNoChannel)) {
    const absl::string_view name = ChannelName(channel);
    row.append(name.data(), name.size());
  }
  row.push_back(',');
  if (channel == Channel::kStore || channel == Channel::kAgent) {
    scratch_.clear();
    points_.AppendAgentId(e.point, carrier, &scratch_);
    AppendField(scratch_, &row);
  }
  row.push_back(',');
  if (e.device_imei != 0) AppendImei(ResolveDevice(e.device_imei, seed_), &row);
  row.push_back(',');
  // selfie_hash, face_match
  if (!(e.flags & kFlagNoSelfie)) AppendHex16(e.selfie, &row);
  row.push_back(',');
  if (!(e.flags & kFlagNoSelfie) && e.face_match != kNoFaceMatch) {
    uint32_t v = e.face_match;
    if (ci.face_match_decimals == 2) v = (v + 5) / 10;
    const uint32_t scale = ci.face_match_decimals == 2 ? 100 : 1000;
    AppendUint(v / scale, &row);
    row.push_back('.');
    AppendPadded(v % scale, ci.face_match_decimals, &row);
  }
  row.push_back(',');
  // popdb_check, status
  const PopdbCheck popdb = static_cast<PopdbCheck>(e.popdb);
  if (popdb != PopdbCheck::kUnchecked || ci.writes_individual) {
    const absl::string_view name = PopdbCheckName(popdb);
    row.append(name.data(), name.size());
  }
  row.push_back(',');
  const absl::string_view status =
      SubscriptionStatusName(static_cast<SubscriptionStatus>(e.status));
  row.append(status.data(), status.size());
  row.push_back(',');
  // first_use_imei
  if (e.first_use_imei != 0) AppendImei(ResolveDevice(e.first_use_imei, seed_), &row);
  // usage
  if (e.flags & kFlagUsageUnknown) {
    row.append(",,,,,,,,");
  } else {
    int64_t u[8];
    Rng ur(HashOf(seed_, kUsageSalt, e.usage_seed));
    DrawUsage(e.usage, e.usage_days, ur, u);
    for (int i = 0; i < 8; ++i) {
      row.push_back(',');
      AppendUint(static_cast<uint64_t>(std::max<int64_t>(0, u[i])), &row);
    }
  }
  row.push_back('\n');

  if (e.flags & kFlagHasLater) return false;
  std::string& label = *labels;
  label.append(carrier_name.data(), carrier_name.size());
  label.push_back(',');
  label.append(last_msisdn_);
  label.push_back(',');
  label.push_back(PatternIsJunk(e.pattern) ? '1' : '0');
  label.push_back(',');
  label.push_back(PatternIsNonOwner(e.pattern) ? '1' : '0');
  label.push_back(',');
  const absl::string_view pattern = PatternName(e.pattern);
  label.append(pattern.data(), pattern.size());
  label.push_back('\n');
  return true;
}

}  // namespace simaudit::gen
