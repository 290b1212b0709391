#include "lib/gen/points.h"

#include <algorithm>
#include <cmath>

#include "lib/gen/devices.h"
#include "lib/gen/vn_data.h"

namespace simaudit::gen {
namespace {

constexpr uint64_t kPointsSalt = 0x9017;

constexpr const char* kCarrierShort[kNumCarriers] = {"VTT", "VNP", "MBF", "VNM", "GTL", "ITL",
                                                     "RED", "ASM", "DGL", "LCL", "WTL"};

// Appends `value` in decimal, zero-padded to at least `width` digits.
void AppendNum(uint64_t value, int width, std::string* out) {
  char buf[24];
  int pos = 24;
  do {
    buf[--pos] = static_cast<char>('0' + value % 10);
    value /= 10;
  } while (value > 0 && pos > 0);
  while (24 - pos < width && pos > 0) buf[--pos] = '0';
  out->append(buf + pos, 24 - pos);
}

int ProvinceIndex(int code) { return ProvinceIndexOfCode(code); }

}  // namespace

PointTable::PointTable(const GeneratorOptions& options, uint64_t seed, const PointPlan& plan) {
  Rng r(HashOf(seed, kPointsSalt));
  const absl::Span<const Province> provinces = Provinces();
  const absl::Span<const CarrierInfo> carriers = CarrierTable();
  double total_pop = 0;
  for (const Province& p : provinces) total_pop += p.population_k;
  uint64_t tablets = 0;
  uint64_t dealer_phones = 0;

  // Carrier shops: proportional to carrier share x province population.
  const int hn = ProvinceIndex(1);
  const int hcm = ProvinceIndex(79);
  for (int c = 0; c < kNumCarriers; ++c) {
    for (int p = 0; p < kNumProvinces; ++p) {
      const double expected = plan.store_rows * carriers[c].share *
                              provinces[p].population_k / total_pop /
                              static_cast<double>(options.rows_per_shop);
      int n = static_cast<int>(expected);
      if (r.Bernoulli(expected - n)) ++n;
      if (carriers[c].share >= 0.1 || p == hn || p == hcm) n = std::max(n, 1);
      for (int k = 0; k < n; ++k) {
        Point s;
        s.kind = PointKind::kShop;
        s.province = static_cast<uint8_t>(p);
        s.carriers = static_cast<uint16_t>(1u << c);
        s.seq = static_cast<uint32_t>(k + 1);
        s.code_style = 0;
        const bool flagship = r.Bernoulli(options.flagship_shop_share);
        if (flagship) s.flags |= kPointFlagship;
        s.weight = r.LogNormal(1.0, 0.5) * (flagship ? options.flagship_weight : 1.0);
        s.num_devices = static_cast<uint8_t>(flagship ? 3 : r.Range(1, 2));
        for (int d = 0; d < s.num_devices; ++d) {
          s.device[d] = SlotImei(DeviceClass::kTablet, kShopTabletBase + tablets++, seed);
        }
        points_.push_back(s);
      }
    }
  }

  // Dealers: Pareto volumes; a few are shadows of pre-activation rings.
  const uint64_t ordinary = std::max<uint64_t>(
      kNumCarriers,
      static_cast<uint64_t>(plan.agent_rows / static_cast<double>(options.rows_per_dealer)));
  const uint64_t shadows = static_cast<uint64_t>(
      std::llround(plan.preact_dealers * options.preact_shadow_dealer_share));
  const uint64_t total_dealers = ordinary + shadows;
  std::vector<double> pop;
  for (const Province& p : provinces) pop.push_back(p.population_k);
  AliasTable province_alias(pop);
  std::vector<double> shares;
  for (const CarrierInfo& ci : carriers) shares.push_back(ci.share);
  AliasTable carrier_alias(shares);
  std::vector<uint32_t> province_seq(kNumProvinces, 0);
  for (uint64_t i = 0; i < total_dealers; ++i) {
    Point d;
    d.kind = PointKind::kDealer;
    // The first dealers of each carrier sit in the big cities so every carrier has one.
    int c;
    if (i < kNumCarriers) {
      c = static_cast<int>(i);
      d.province = static_cast<uint8_t>(i % 2 == 0 ? hcm : hn);
    } else {
      c = static_cast<int>(carrier_alias.Sample(r));
      d.province = static_cast<uint8_t>(province_alias.Sample(r));
    }
    d.carriers = static_cast<uint16_t>(1u << c);
    if (r.Bernoulli(options.dealer_multi_carrier_share)) {
      const int more = static_cast<int>(r.Range(1, 2));
      for (int k = 0; k < more; ++k) d.carriers |= 1u << carrier_alias.Sample(r);
    }
    d.seq = ++province_seq[d.province];
    d.code_style = static_cast<uint8_t>(r.Below(5));
    d.weight = std::min(1.0 / std::pow(1.0 - r.Uniform(), 1.0 / options.dealer_pareto_alpha),
                        2000.0);
    d.num_devices = static_cast<uint8_t>(r.Bernoulli(0.3) ? 2 : 1);
    for (int k = 0; k < d.num_devices; ++k) {
      d.device[k] = SlotImei(DeviceClass::kPhone, kDealerPhoneBase + dealer_phones++, seed);
    }
    if (r.Bernoulli(0.3)) d.flags |= kPointActivates;
    if (r.Bernoulli(std::min(1.0, options.ascii_name_share * 3))) d.flags |= kPointAsciiNames;
    dealers_.push_back(static_cast<uint32_t>(points_.size()));
    points_.push_back(d);
  }

  // Fraud roles: a random subset of dealers (shuffled, so sizes and codes are typical).
  std::vector<uint32_t> order = dealers_;
  for (size_t i = order.size(); i > 1; --i) std::swap(order[i - 1], order[r.Below(i)]);
  size_t next = 0;
  for (uint64_t k = 0; k < shadows && next < order.size(); ++k) {
    Point& d = points_[order[next++]];
    d.flags |= kPointPreact | kPointShadow;
    d.weight = 0.02;
  }
  for (uint64_t k = shadows; k < plan.preact_dealers && next < order.size(); ++k) {
    points_[order[next++]].flags |= kPointPreact;
  }
  for (uint32_t id : order) {
    if (points_[id].flags & kPointPreact) preact_dealers_.push_back(id);
  }
  std::sort(preact_dealers_.begin(), preact_dealers_.end());

  // Extra-SIM dealers: at least the configured share, more until their expected
  // customers can carry the target.
  double dealer_weight = 0;
  for (uint32_t id : dealers_) dealer_weight += points_[id].weight;
  std::vector<uint32_t> extra_order = dealers_;
  for (size_t i = extra_order.size(); i > 1; --i) {
    std::swap(extra_order[i - 1], extra_order[r.Below(i)]);
  }
  const uint64_t min_extra =
      static_cast<uint64_t>(std::ceil(options.extra_dealer_share * dealers_.size()));
  double capacity = 0;
  const double mean_extras = (1.0 + static_cast<double>(options.extra_sims_max)) / 2.0;
  uint64_t chosen = 0;
  for (uint32_t id : extra_order) {
    if (plan.extra_rows <= 0) break;
    if (chosen >= min_extra && capacity >= 1.5 * plan.extra_rows) break;
    Point& d = points_[id];
    if (d.flags & kPointShadow) continue;
    d.flags |= kPointExtra;
    d.extra_rate = static_cast<float>(r.Uniform(options.extra_rate_min, options.extra_rate_max));
    capacity += plan.agent_rows * d.weight / dealer_weight * d.extra_rate * mean_extras;
    ++chosen;
  }

  // One self-service stock per carrier.
  for (int c = 0; c < kNumCarriers; ++c) {
    Point w;
    w.kind = PointKind::kWarehouse;
    w.province = static_cast<uint8_t>(c % 2 == 0 ? hn : hcm);
    w.carriers = static_cast<uint16_t>(1u << c);
    w.seq = 1;
    warehouses_.push_back(static_cast<uint32_t>(points_.size()));
    points_.push_back(w);
  }
  BuildPools();
}

void PointTable::BuildPools() {
  shops_by_.assign(kNumCarriers * kNumProvinces, Pool());
  dealers_by_.assign(kNumCarriers * kNumProvinces, Pool());
  shops_any_.assign(kNumCarriers, Pool());
  dealers_any_.assign(kNumCarriers, Pool());
  for (uint32_t i = 0; i < points_.size(); ++i) {
    const Point& p = points_[i];
    if (p.kind == PointKind::kWarehouse) continue;
    for (int c = 0; c < kNumCarriers; ++c) {
      if (!p.Serves(static_cast<Carrier>(c))) continue;
      std::vector<Pool>& by = p.kind == PointKind::kShop ? shops_by_ : dealers_by_;
      std::vector<Pool>& any = p.kind == PointKind::kShop ? shops_any_ : dealers_any_;
      by[c * kNumProvinces + p.province].ids.push_back(i);
      any[c].ids.push_back(i);
    }
  }
  auto finish = [&](std::vector<Pool>& pools) {
    for (Pool& pool : pools) {
      std::vector<double> w;
      for (uint32_t id : pool.ids) w.push_back(points_[id].weight);
      pool.alias.Reset(w);
    }
  };
  finish(shops_by_);
  finish(dealers_by_);
  finish(shops_any_);
  finish(dealers_any_);
}

uint32_t PointTable::SampleFrom(const Pool& local, const Pool& any, Rng& rng) {
  if (!local.ids.empty()) return local.ids[local.alias.Sample(rng)];
  return any.ids[any.alias.Sample(rng)];
}

uint32_t PointTable::SampleShop(Carrier c, int province, Rng& rng) const {
  const int k = static_cast<int>(c);
  return SampleFrom(shops_by_[k * kNumProvinces + province], shops_any_[k], rng);
}

uint32_t PointTable::SampleDealer(Carrier c, int province, Rng& rng) const {
  const int k = static_cast<int>(c);
  return SampleFrom(dealers_by_[k * kNumProvinces + province], dealers_any_[k], rng);
}

Carrier PointTable::SampleCarrier(uint32_t point, Rng& rng) const {
  const Point& p = points_[point];
  double w[kNumCarriers];
  for (int c = 0; c < kNumCarriers; ++c) {
    w[c] = p.Serves(static_cast<Carrier>(c)) ? CarrierTable()[c].share : 0.0;
  }
  return static_cast<Carrier>(rng.Weighted(w));
}

void PointTable::AppendAgentId(uint32_t point, Carrier c, std::string* out) const {
  const Point& p = points_[point];
  const Province& prov = Provinces()[p.province];
  const int k = static_cast<int>(c);
  if (p.kind == PointKind::kWarehouse) return;
  if (p.kind == PointKind::kShop) {
    switch (c) {
      case Carrier::kViettel:
        out->append("VTT_CH_");
        out->append(prov.abbrev);
        out->push_back('_');
        AppendNum(p.seq, 3, out);
        break;
      case Carrier::kVinaphone:
        out->append("VNPT-");
        out->append(prov.abbrev);
        out->append("-GD");
        AppendNum(p.seq, 2, out);
        break;
      case Carrier::kMobifone:
        out->append("MBF");
        AppendNum(prov.code, 3, out);
        out->append("CH");
        AppendNum(p.seq, 3, out);
        break;
      default:
        out->append(kCarrierShort[k]);
        out->push_back('-');
        out->append(prov.abbrev);
        out->push_back('-');
        AppendNum(p.seq, 2, out);
        break;
    }
    return;
  }
  switch (p.code_style) {
    case 0:  // DL079 + 4 digits
      out->append("DL");
      AppendNum(prov.code, 3, out);
      AppendNum(p.seq, 4, out);
      break;
    case 1:  // VTT.HCM.00123
      out->append(kCarrierShort[k]);
      out->push_back('.');
      out->append(prov.abbrev);
      out->push_back('.');
      AppendNum(p.seq, 5, out);
      break;
    case 2:  // 1 + province + 6 digits
      out->append("1");
      AppendNum(prov.code, 3, out);
      AppendNum(p.seq, 6, out);
      break;
    case 3:  // AG + 7 digits (numbered across the country)
      out->append("AG");
      AppendNum(static_cast<uint64_t>(prov.code) * 100000 + p.seq, 7, out);
      break;
    default:  // HCM_DB_123
      out->append(prov.abbrev);
      out->append("_DB_");
      AppendNum(p.seq, 3, out);
      break;
  }
}

}  // namespace simaudit::gen
