// File: rng.h
// -----------------------------------------------------------------------------
// Deterministic randomness for the synthetic-population generator.
//
// The generator must produce byte-identical files for the same seed on every platform,
// so nothing here uses std::random_device or the std:: distributions (whose algorithms
// are implementation-defined). `Rng` is xoshiro256** seeded through SplitMix64;
// `Mix64`/`HashOf` derive independent streams and per-entity attributes from integer
// keys; `Permutation` is a keyed bijection on [0, n) used to hand out unique serial
// numbers that do not look sequential.
//
//   Rng rng(HashOf(seed, kStreamPersons));
//   int64_t size = rng.PowerLawInt(10, 300, 1.2);
//   Permutation perm(1000000, key);
//   uint64_t serial = perm(counter++);   // unique while counter < 1000000
#ifndef SIMAUDIT_LIB_GEN_RNG_H_
#define SIMAUDIT_LIB_GEN_RNG_H_

#include <cmath>
#include <cstdint>
#include <vector>

namespace simaudit::gen {

// The SplitMix64 finaliser: a bijective 64-bit mixer.
inline uint64_t Mix64(uint64_t z) {
  z += 0x9e3779b97f4a7c15ULL;
  z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
  z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
  return z ^ (z >> 31);
}

// Hash of a sequence of integer keys; order matters.
inline uint64_t HashOf(uint64_t a, uint64_t b) { return Mix64(Mix64(a) ^ (b * 0xff51afd7ed558ccdULL)); }
inline uint64_t HashOf(uint64_t a, uint64_t b, uint64_t c) { return HashOf(HashOf(a, b), c); }
inline uint64_t HashOf(uint64_t a, uint64_t b, uint64_t c, uint64_t d) {
  return HashOf(HashOf(a, b, c), d);
}

// Maps 64 random bits to a double in [0, 1).
inline double ToUnit(uint64_t bits) { return static_cast<double>(bits >> 11) * 0x1.0p-53; }

// xoshiro256** with convenience samplers. Not thread-safe; copyable (a copy replays).
class Rng {
 public:
  explicit Rng(uint64_t seed) {
    uint64_t x = seed;
    for (uint64_t& word : s_) {
      x += 0x9e3779b97f4a7c15ULL;
      word = Mix64(x);
    }
  }

  uint64_t Next() {
    const uint64_t result = Rotl(s_[1] * 5, 7) * 9;
    const uint64_t t = s_[1] << 17;
    s_[2] ^= s_[0];
    s_[3] ^= s_[1];
    s_[1] ^= s_[2];
    s_[0] ^= s_[3];
    s_[2] ^= t;
    s_[3] = Rotl(s_[3], 45);
    return result;
  }

  // Uniform in [0, 1).
  double Uniform() { return ToUnit(Next()); }
  // Uniform in [lo, hi).
  double Uniform(double lo, double hi) { return lo + (hi - lo) * Uniform(); }

  // Uniform integer in [0, n); n > 0. Exact (Lemire's method with rejection).
  uint64_t Below(uint64_t n) {
    unsigned __int128 m = static_cast<unsigned __int128>(Next()) * n;
    uint64_t low = static_cast<uint64_t>(m);
    if (low < n) {
      const uint64_t threshold = (0 - n) % n;
      while (low < threshold) {
        m = static_cast<unsigned __int128>(Next()) * n;
        low = static_cast<uint64_t>(m);
      }
    }
    return static_cast<uint64_t>(m >> 64);
  }

  // Uniform integer in [lo, hi] (inclusive); returns lo when hi <= lo.
  int64_t Range(int64_t lo, int64_t hi) {
    if (hi <= lo) return lo;
    return lo + static_cast<int64_t>(Below(static_cast<uint64_t>(hi - lo) + 1));
  }

  bool Bernoulli(double p) { return Uniform() < p; }

  // Standard normal (Box-Muller; one value per call keeps the stream simple).
  double Normal() {
    double u1 = Uniform();
    const double u2 = Uniform();
    if (u1 < 1e-300) u1 = 1e-300;
    return std::sqrt(-2.0 * std::log(u1)) * std::cos(6.283185307179586 * u2);
  }

  // Log-normal with the given median and log-space standard deviation.
  double LogNormal(double median, double sigma) { return median * std::exp(sigma * Normal()); }

  // Integer in [lo, hi] with density ~ x^-(alpha+1) (a truncated Pareto): most values
  // near lo, a heavy tail up to hi.
  int64_t PowerLawInt(int64_t lo, int64_t hi, double alpha) {
    if (hi <= lo) return lo;
    const double a = static_cast<double>(lo < 1 ? 1 : lo);
    const double b = static_cast<double>(hi + 1);
    const double u = Uniform();
    const double tail = std::pow(a / b, alpha);
    const double x = a * std::pow(1.0 - u * (1.0 - tail), -1.0 / alpha);
    int64_t v = static_cast<int64_t>(x) + (lo - static_cast<int64_t>(a));
    if (v < lo) v = lo;
    if (v > hi) v = hi;
    return v;
  }

  // Index drawn with probability proportional to weights[i] (all >= 0, some > 0).
  template <typename Container>
  int Weighted(const Container& weights) {
    double total = 0;
    for (double w : weights) total += w;
    double r = Uniform() * total;
    int i = 0;
    int last_positive = 0;
    for (double w : weights) {
      if (w > 0) {
        last_positive = i;
        if (r < w) return i;
        r -= w;
      }
      ++i;
    }
    return last_positive;  // rounding at the top end
  }

 private:
  static uint64_t Rotl(uint64_t x, int k) { return (x << k) | (x >> (64 - k)); }
  uint64_t s_[4];
};

// Walker's alias method: O(1) sampling from a fixed discrete distribution.
class AliasTable {
 public:
  AliasTable() = default;
  explicit AliasTable(const std::vector<double>& weights) { Reset(weights); }

  void Reset(const std::vector<double>& weights) {
    const size_t n = weights.size();
    prob_.assign(n, 0.0);
    alias_.assign(n, 0);
    if (n == 0) return;
    double total = 0;
    for (double w : weights) total += w;
    std::vector<double> scaled(n);
    std::vector<uint32_t> small, large;
    for (size_t i = 0; i < n; ++i) {
      scaled[i] = total > 0 ? weights[i] * static_cast<double>(n) / total : 1.0;
      (scaled[i] < 1.0 ? small : large).push_back(static_cast<uint32_t>(i));
    }
    while (!small.empty() && !large.empty()) {
      const uint32_t s = small.back();
      small.pop_back();
      const uint32_t l = large.back();
      prob_[s] = scaled[s];
      alias_[s] = l;
      scaled[l] = (scaled[l] + scaled[s]) - 1.0;
      if (scaled[l] < 1.0) {
        large.pop_back();
        small.push_back(l);
      }
    }
    for (uint32_t i : large) prob_[i] = 1.0;
    for (uint32_t i : small) prob_[i] = 1.0;
  }

  bool empty() const { return prob_.empty(); }
  size_t size() const { return prob_.size(); }

  // Requires !empty().
  uint32_t Sample(Rng& rng) const {
    const uint32_t i = static_cast<uint32_t>(rng.Below(prob_.size()));
    return rng.Uniform() < prob_[i] ? i : alias_[i];
  }

 private:
  std::vector<double> prob_;
  std::vector<uint32_t> alias_;
};

// A keyed pseudo-random bijection on [0, n): a 4-round Feistel network on the smallest
// even-width power of two >= n, with cycle walking back into range.
class Permutation {
 public:
  Permutation(uint64_t n, uint64_t key) : n_(n == 0 ? 1 : n), key_(key) {
    half_bits_ = 1;
    while ((uint64_t{1} << (2 * half_bits_)) < n_) ++half_bits_;
    mask_ = (uint64_t{1} << half_bits_) - 1;
  }

  uint64_t size() const { return n_; }

  // Requires x < size().
  uint64_t operator()(uint64_t x) const {
    do {
      x = Round(x);
    } while (x >= n_);
    return x;
  }

 private:
  uint64_t Round(uint64_t x) const {
    uint64_t left = x >> half_bits_;
    uint64_t right = x & mask_;
    for (uint64_t r = 0; r < 4; ++r) {
      const uint64_t f = HashOf(key_, r, right) & mask_;
      const uint64_t next = left ^ f;
      left = right;
      right = next;
    }
    return (left << half_bits_) | right;
  }

  uint64_t n_;
  uint64_t key_;
  int half_bits_;
  uint64_t mask_;
};

}  // namespace simaudit::gen

#endif  // SIMAUDIT_LIB_GEN_RNG_H_
