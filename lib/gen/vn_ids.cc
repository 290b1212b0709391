#include "lib/gen/vn_ids.h"

namespace simaudit::gen {
namespace {

// Appends exactly `width` digits: the low digits of `value`, zero-padded.
void AppendDigits(uint64_t value, int width, std::string* out) {
  char buf[24];
  int pos = 24;
  for (int i = 0; i < width && pos > 0; ++i) {
    buf[--pos] = static_cast<char>('0' + value % 10);
    value /= 10;
  }
  out->append(buf + pos, 24 - pos);
}

}  // namespace

int LuhnCheckDigit(absl::string_view digits) {
  int sum = 0;
  bool double_it = true;  // the rightmost payload digit is doubled
  for (size_t i = digits.size(); i-- > 0;) {
    int d = digits[i] - '0';
    if (double_it) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
    double_it = !double_it;
  }
  return (10 - sum % 10) % 10;
}

bool IsLuhnValid(absl::string_view digits) {
  if (digits.size() < 2) return false;
  for (char c : digits) {
    if (c < '0' || c > '9') return false;
  }
  return LuhnCheckDigit(digits.substr(0, digits.size() - 1)) == digits.back() - '0';
}

int LuhnCheckDigitOf(uint64_t payload) {
  int sum = 0;
  bool double_it = true;  // the rightmost payload digit is doubled
  while (payload > 0) {
    int d = static_cast<int>(payload % 10);
    payload /= 10;
    if (double_it) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
    double_it = !double_it;
  }
  return (10 - sum % 10) % 10;
}

uint64_t MakeImei(uint32_t tac, uint32_t serial) {
  const uint64_t payload = static_cast<uint64_t>(tac % 100000000) * 1000000 + serial % 1000000;
  return payload * 10 + static_cast<uint64_t>(LuhnCheckDigitOf(payload));
}

void AppendImei(uint64_t imei, std::string* out) { AppendDigits(imei, 15, out); }

void AppendIccid(int issuer, uint64_t account, int account_digits, std::string* out) {
  uint64_t scale = 1;
  for (int i = 0; i < account_digits; ++i) scale *= 10;
  // 8984 + issuer + account fits in 64 bits for accounts of up to 13 digits.
  const uint64_t payload = (8984 * 100 + static_cast<uint64_t>(issuer % 100)) * scale +
                           account % scale;
  out->append("8984");
  AppendDigits(static_cast<uint64_t>(issuer), 2, out);
  AppendDigits(account, account_digits, out);
  out->push_back(static_cast<char>('0' + LuhnCheckDigitOf(payload)));
}

std::string MakeIccid(int issuer, uint64_t account, int account_digits) {
  std::string s;
  AppendIccid(issuer, account, account_digits, &s);
  return s;
}

void AppendImsi(int mnc, uint64_t msin, std::string* out) {
  out->append("452");
  AppendDigits(static_cast<uint64_t>(mnc), 2, out);
  AppendDigits(msin, 10, out);
}

std::string MakeImsi(int mnc, uint64_t msin) {
  std::string s;
  AppendImsi(mnc, msin, &s);
  return s;
}

int CccdCenturyGenderDigit(int birth_year, bool female) {
  int century = (birth_year - 1900) / 100;
  if (century < 0) century = 0;
  if (century > 4) century = 4;
  return century * 2 + (female ? 1 : 0);
}

void AppendCccd(int province_code, int century_gender_digit, int yy, uint32_t serial,
                std::string* out) {
  AppendDigits(static_cast<uint64_t>(province_code), 3, out);
  AppendDigits(static_cast<uint64_t>(century_gender_digit), 1, out);
  AppendDigits(static_cast<uint64_t>(yy), 2, out);
  AppendDigits(serial, 6, out);
}

std::string MakeCccd(int province_code, int century_gender_digit, int yy, uint32_t serial) {
  std::string s;
  s.reserve(12);
  AppendCccd(province_code, century_gender_digit, yy, serial, &s);
  return s;
}

std::string MakeCmnd9(int prefix, uint32_t serial) {
  std::string s;
  AppendDigits(static_cast<uint64_t>(prefix), 2, &s);
  AppendDigits(serial, 7, &s);
  return s;
}

std::string MakeVnPassport(uint32_t serial) {
  static constexpr char kLetters[] = {'B', 'C', 'K', 'N', 'P'};
  std::string s(1, kLetters[(serial / 10000000) % 5]);
  AppendDigits(serial % 10000000, 7, &s);
  return s;
}

std::string MakeForeignPassport(int style, uint64_t serial) {
  static constexpr char kAlpha[] = "ABCDEFGHJKLMNPRSTUVWXYZ";
  static constexpr char kAlnum[] = "CFGHJKLMNPRTVWXYZ0123456789";
  auto letter = [&](uint64_t k) { return kAlpha[k % 23]; };
  std::string s;
  switch (style) {
    case 0:  // "E" + 8 digits
      s = "E";
      AppendDigits(serial % 100000000, 8, &s);
      break;
    case 1:  // "M" + 8 digits
      s = "M";
      AppendDigits(serial % 100000000, 8, &s);
      break;
    case 2:  // 2 letters + 7 digits
      s.push_back(letter(serial / 10000000));
      s.push_back(letter(serial / 230000000));
      AppendDigits(serial % 10000000, 7, &s);
      break;
    case 3:  // 9 digits
      AppendDigits(100000000 + serial % 900000000, 9, &s);
      break;
    case 4:  // letter + 7 digits
      s.push_back(letter(serial / 10000000));
      AppendDigits(serial % 10000000, 7, &s);
      break;
    case 5:  // 2 digits + 2 letters + 5 digits
      AppendDigits((serial / 100000) % 100, 2, &s);
      s.push_back(letter(serial / 10000000));
      s.push_back(letter(serial / 230000000));
      AppendDigits(serial % 100000, 5, &s);
      break;
    default: {  // "C" + 8 alphanumerics
      s = "C";
      uint64_t v = serial;
      for (int i = 0; i < 8; ++i) {
        s.push_back(kAlnum[v % 27]);
        v /= 27;
      }
      break;
    }
  }
  return s;
}

std::string MakeTaxCode(int prefix2, uint32_t serial7, int branch) {
  std::string s;
  AppendDigits(static_cast<uint64_t>(prefix2), 2, &s);
  AppendDigits(serial7 % 10000000, 7, &s);
  static constexpr int kWeights[9] = {31, 29, 23, 19, 17, 13, 7, 5, 3};
  int sum = 0;
  for (int i = 0; i < 9; ++i) sum += (s[i] - '0') * kWeights[i];
  const int check = 10 - sum % 11;  // 0..10; 10 has no digit
  if (check == 10) return "";
  s.push_back(static_cast<char>('0' + check));
  if (branch > 0) {
    s.push_back('-');
    AppendDigits(static_cast<uint64_t>(branch), 3, &s);
  }
  return s;
}

}  // namespace simaudit::gen
