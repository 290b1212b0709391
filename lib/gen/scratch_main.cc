#include <chrono>
#include <iostream>
#include "lib/gen/generator.h"
int main(int argc, char** argv) {
  simaudit::GeneratorOptions o;
  for (int i = 2; i < argc; ++i) {
    auto s = simaudit::SetGeneratorOption(argv[i], &o);
    if (!s.ok()) { std::cerr << s << "\n"; return 1; }
  }
  auto t0 = std::chrono::steady_clock::now();
  auto st = simaudit::GenerateToDir(o, argv[1]);
  auto t1 = std::chrono::steady_clock::now();
  if (!st.ok()) { std::cerr << st.status() << "\n"; return 1; }
  std::cerr << "rows " << st->rows << " junk " << st->junk << " non_owner " << st->non_owner
            << " secs " << std::chrono::duration<double>(t1 - t0).count() << "\n";
  for (auto& [k, v] : st->per_pattern) std::cerr << "  " << k << " " << v << "\n";
}
