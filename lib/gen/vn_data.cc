#include "lib/gen/vn_data.h"

namespace simaudit::gen {
namespace {

constexpr Province kProvinces[kNumProvinces] = {
    {1, "Hà Nội", "HNI", 8054, 1},
    {2, "Hà Giang", "HGG", 855, 7},
    {4, "Cao Bằng", "CBG", 530, 8},
    {6, "Bắc Kạn", "BKN", 314, 9},
    {8, "Tuyên Quang", "TQG", 785, 7},
    {10, "Lào Cai", "LCI", 731, 6},
    {11, "Điện Biên", "DBN", 599, 4},
    {12, "Lai Châu", "LCU", 461, 4},
    {14, "Sơn La", "SLA", 1249, 5},
    {15, "Yên Bái", "YBI", 822, 6},
    {17, "Hòa Bình", "HBH", 855, 11},
    {19, "Thái Nguyên", "TNN", 1287, 9},
    {20, "Lạng Sơn", "LSN", 782, 8},
    {22, "Quảng Ninh", "QNH", 1321, 10},
    {24, "Bắc Giang", "BGG", 1804, 12},
    {25, "Phú Thọ", "PTO", 1464, 13},
    {26, "Vĩnh Phúc", "VPC", 1152, 13},
    {27, "Bắc Ninh", "BNH", 1369, 12},
    {30, "Hải Dương", "HDG", 1893, 14},
    {31, "Hải Phòng", "HPG", 2029, 3},
    {33, "Hưng Yên", "HYN", 1253, 14},
    {34, "Thái Bình", "TBH", 1861, 15},
    {35, "Hà Nam", "HNM", 853, 16},
    {36, "Nam Định", "NDH", 1781, 16},
    {37, "Ninh Bình", "NBH", 983, 16},
    {38, "Thanh Hóa", "THA", 3641, 17},
    {40, "Nghệ An", "NAN", 3328, 18},
    {42, "Hà Tĩnh", "HTH", 1289, 18},
    {44, "Quảng Bình", "QBH", 896, 19},
    {45, "Quảng Trị", "QTI", 633, 19},
    {46, "Thừa Thiên Huế", "TTH", 1129, 19},
    {48, "Đà Nẵng", "DNG", 1135, 20},
    {49, "Quảng Nam", "QNM", 1496, 20},
    {51, "Quảng Ngãi", "QNI", 1232, 21},
    {52, "Bình Định", "BDH", 1487, 21},
    {54, "Phú Yên", "PYN", 873, 22},
    {56, "Khánh Hòa", "KHA", 1232, 22},
    {58, "Ninh Thuận", "NTN", 591, 26},
    {60, "Bình Thuận", "BTN", 1231, 26},
    {62, "Kon Tum", "KTM", 541, 23},
    {64, "Gia Lai", "GLI", 1514, 23},
    {66, "Đắk Lắk", "DLK", 1870, 24},
    {67, "Đắk Nông", "DNO", 623, 24},
    {68, "Lâm Đồng", "LDG", 1297, 25},
    {70, "Bình Phước", "BPC", 995, 28},
    {72, "Tây Ninh", "TNH", 1170, 29},
    {74, "Bình Dương", "BDG", 2456, 28},
    {75, "Đồng Nai", "DNI", 3097, 27},
    {77, "Bà Rịa–Vũng Tàu", "BRV", 1149, 27},
    {79, "TP Hồ Chí Minh", "HCM", 8993, 2},
    {80, "Long An", "LAN", 1689, 30},
    {82, "Tiền Giang", "TGG", 1765, 31},
    {83, "Bến Tre", "BTE", 1289, 32},
    {84, "Trà Vinh", "TVH", 1010, 33},
    {86, "Vĩnh Long", "VLG", 1023, 33},
    {87, "Đồng Tháp", "DTP", 1600, 34},
    {89, "An Giang", "AGG", 1908, 35},
    {91, "Kiên Giang", "KGG", 1724, 37},
    {92, "Cần Thơ", "CTO", 1236, 36},
    {93, "Hậu Giang", "HGI", 734, 36},
    {94, "Sóc Trăng", "STG", 1200, 36},
    {95, "Bạc Liêu", "BLU", 908, 38},
    {96, "Cà Mau", "CMU", 1194, 38},
};

constexpr MigrationTarget kMigrationTargets[] = {
    {79, 0.38}, {1, 0.25}, {74, 0.10}, {75, 0.07}, {48, 0.05},
    {31, 0.04}, {27, 0.04}, {92, 0.03}, {56, 0.02}, {22, 0.02},
};

// Rough frequencies (percent) of Vietnamese family names.
constexpr WeightedText kFamilyNames[] = {
    {"Nguyễn", 38.0}, {"Trần", 11.0},  {"Lê", 9.5},     {"Phạm", 7.0},   {"Hoàng", 3.2},
    {"Huỳnh", 2.1},   {"Phan", 4.5},   {"Vũ", 2.2},     {"Võ", 1.8},     {"Đặng", 2.1},
    {"Bùi", 2.0},     {"Đỗ", 1.4},     {"Hồ", 1.3},     {"Ngô", 1.3},    {"Dương", 1.0},
    {"Lý", 0.5},      {"Đinh", 0.7},   {"Đoàn", 0.6},   {"Lâm", 0.5},    {"Mai", 0.5},
    {"Trịnh", 0.5},   {"Trương", 0.6}, {"Cao", 0.4},    {"Lương", 0.4},  {"Hà", 0.4},
    {"Tạ", 0.2},      {"Châu", 0.2},   {"Quách", 0.1},  {"Tô", 0.2},     {"Lưu", 0.3},
    {"Kiều", 0.1},    {"Thái", 0.2},   {"Tăng", 0.1},   {"La", 0.1},     {"Triệu", 0.2},
    {"Nông", 0.2},    {"Chu", 0.2},    {"Phùng", 0.2},  {"Lò", 0.1},     {"Hứa", 0.1},
    {"Khúc", 0.05},   {"Âu", 0.05},    {"Vương", 0.1},  {"Từ", 0.05},    {"Doãn", 0.05},
};

constexpr WeightedText kMiddleMale[] = {
    {"Hữu", 6},   {"Đức", 7},  {"Minh", 9},  {"Quốc", 5}, {"Thanh", 5}, {"Công", 5},
    {"Đình", 5},  {"Xuân", 4}, {"Quang", 5}, {"Ngọc", 3}, {"Hoàng", 4}, {"Trọng", 3},
    {"Gia", 3},   {"Anh", 3},  {"Tuấn", 2},  {"Bảo", 2},  {"Duy", 3},   {"Nhật", 2},
    {"Tiến", 1},  {"Thành", 2}, {"Việt", 2}, {"Hải", 2},  {"Mạnh", 1},  {"Chí", 2},
    {"Thế", 2},   {"Tấn", 2},  {"Phú", 1},   {"Khắc", 1},
};

constexpr WeightedText kMiddleFemale[] = {
    {"Ngọc", 8}, {"Thu", 5},   {"Thanh", 5}, {"Kim", 5},   {"Minh", 4},  {"Hồng", 4},
    {"Thùy", 4}, {"Phương", 3}, {"Bảo", 3},  {"Mỹ", 3},    {"Khánh", 3}, {"Diệu", 2},
    {"Hoài", 2}, {"Thảo", 2},  {"Như", 2},   {"Quỳnh", 2}, {"Hải", 2},   {"Lan", 1},
    {"Tuyết", 1}, {"Yến", 1},  {"Bích", 2},  {"Mai", 2},   {"Hà", 1},    {"Thúy", 2},
    {"Cẩm", 1},  {"Kiều", 1},  {"Hoàng", 1}, {"Phúc", 1},
};

constexpr WeightedText kGivenMale[] = {
    {"Anh", 5},   {"Bảo", 2},   {"Bình", 2},  {"Cường", 2}, {"Công", 1},  {"Dũng", 4},
    {"Duy", 2},   {"Dương", 1}, {"Đạt", 3},   {"Đức", 3},   {"Định", 1},  {"Giang", 1},
    {"Hải", 3},   {"Hậu", 1},   {"Hiếu", 2},  {"Hiển", 1},  {"Hòa", 1},   {"Hoàng", 2},
    {"Hùng", 4},  {"Huy", 4},   {"Hưng", 2},  {"Khang", 2}, {"Khải", 1},  {"Khoa", 2},
    {"Khôi", 1},  {"Kiên", 1},  {"Lâm", 1},   {"Linh", 1},  {"Long", 3},  {"Lộc", 2},
    {"Luân", 1},  {"Mạnh", 2},  {"Minh", 4},  {"Nam", 4},   {"Nghĩa", 2}, {"Nguyên", 1},
    {"Nhân", 1},  {"Phát", 2},  {"Phong", 2}, {"Phú", 1},   {"Phúc", 2},  {"Phước", 1},
    {"Quân", 3},  {"Quang", 2}, {"Quý", 1},   {"Sang", 1},  {"Sơn", 3},   {"Tài", 2},
    {"Tâm", 1},   {"Tân", 1},   {"Thái", 1},  {"Thắng", 2}, {"Thành", 3}, {"Thiện", 1},
    {"Thịnh", 2}, {"Thông", 1}, {"Tiến", 2},  {"Toàn", 2},  {"Trí", 2},   {"Trung", 3},
    {"Trường", 2}, {"Tú", 1},   {"Tuấn", 4},  {"Tùng", 2},  {"Vĩnh", 1},  {"Việt", 2},
    {"Vinh", 2},  {"Vũ", 2},    {"Khánh", 2}, {"Lợi", 1},   {"Lực", 1},   {"Hạo", 1},
};

constexpr WeightedText kGivenFemale[] = {
    {"An", 2},    {"Anh", 5},   {"Ánh", 2},   {"Bích", 1},  {"Châu", 1},  {"Chi", 2},
    {"Diễm", 1},  {"Diệp", 1},  {"Dung", 2},  {"Duyên", 2}, {"Giang", 2}, {"Hà", 3},
    {"Hạnh", 2},  {"Hằng", 3},  {"Hiền", 2},  {"Hoa", 3},   {"Hồng", 2},  {"Huệ", 1},
    {"Hương", 4}, {"Huyền", 3}, {"Lan", 3},   {"Liên", 1},  {"Linh", 5},  {"Loan", 2},
    {"Ly", 2},    {"Mai", 3},   {"My", 2},    {"Nga", 2},   {"Ngân", 2},  {"Ngọc", 3},
    {"Nhi", 2},   {"Nhung", 2}, {"Oanh", 1},  {"Phương", 3}, {"Quyên", 1}, {"Quỳnh", 2},
    {"Tâm", 1},   {"Thảo", 4},  {"Thắm", 1},  {"Thanh", 2}, {"Thu", 2},   {"Thủy", 2},
    {"Thúy", 2},  {"Trang", 5}, {"Trâm", 1},  {"Trinh", 1}, {"Tuyết", 1}, {"Uyên", 1},
    {"Vân", 2},   {"Vy", 2},    {"Xuân", 1},  {"Yến", 2},   {"Hân", 1},   {"Nhàn", 1},
    {"Lụa", 1},   {"Hạ", 1},    {"Tiên", 1},  {"Nguyệt", 1},
};

constexpr const char* kCnFamily[] = {"ZHANG", "WANG", "LI", "LIU", "CHEN", "YANG",
                                     "HUANG", "ZHAO", "WU", "ZHOU", "LIN", "XU"};
constexpr const char* kCnGiven[] = {"WEI", "FANG", "NA", "MIN", "JING", "LEI", "QIANG",
                                    "HAO", "JIE", "YAN", "XIUYING", "JUN", "TAO"};
constexpr const char* kKrFamily[] = {"KIM", "LEE", "PARK", "CHOI", "JUNG",
                                     "KANG", "CHO", "YOON", "JANG", "LIM"};
constexpr const char* kKrGiven[] = {"MIN JUN", "SEO YEON", "JI HOON", "HYUN WOO", "SU BIN",
                                    "JI WOO", "YE JIN", "DONG HYUN", "SUNG MIN"};
constexpr const char* kJpFamily[] = {"SATO", "SUZUKI", "TAKAHASHI", "TANAKA",
                                     "WATANABE", "ITO", "YAMAMOTO", "NAKAMURA"};
constexpr const char* kJpGiven[] = {"HIROSHI", "YUKI", "KENJI", "AYA",
                                    "TAKUMI", "HARUKA", "SHOTA", "MISAKI"};
constexpr const char* kTwFamily[] = {"CHEN", "LIN", "HUANG", "CHANG", "LEE", "WANG", "WU"};
constexpr const char* kTwGiven[] = {"CHIA HAO", "YI TING", "CHIH WEI", "SHU FEN", "CHUN HUNG"};
constexpr const char* kEnFamily[] = {"SMITH", "JOHNSON", "BROWN", "WILLIAMS",
                                     "JONES", "MILLER", "TAYLOR", "WILSON"};
constexpr const char* kEnGiven[] = {"JOHN", "MICHAEL", "DAVID", "SARAH", "EMILY",
                                    "JAMES", "ROBERT", "JESSICA", "DANIEL"};
constexpr const char* kThFamily[] = {"SAETANG", "WONGSA", "SRISUK", "CHAIYAPORN", "BOONMA"};
constexpr const char* kThGiven[] = {"SOMCHAI", "SUDA", "ANAN", "PRASERT", "NIRAN", "MALEE"};
constexpr const char* kInFamily[] = {"SHARMA", "PATEL", "SINGH", "KUMAR", "GUPTA", "REDDY"};
constexpr const char* kInGiven[] = {"RAHUL", "PRIYA", "AMIT", "ANJALI", "VIKRAM", "NEHA"};
constexpr const char* kEuFamily[] = {"MARTIN", "BERNARD", "DUBOIS", "MULLER",
                                     "SCHMIDT", "ROSSI", "GARCIA"};
constexpr const char* kEuGiven[] = {"PIERRE", "MARIE", "THOMAS", "ANNA", "LUCAS", "JULIA"};

constexpr Nationality kNationalities[] = {
    {"CN", 30, true, 0, kCnFamily, kCnGiven},  {"KR", 25, true, 1, kKrFamily, kKrGiven},
    {"JP", 10, true, 2, kJpFamily, kJpGiven},  {"TW", 8, true, 3, kTwFamily, kTwGiven},
    {"US", 7, false, 3, kEnFamily, kEnGiven},  {"TH", 4, false, 2, kThFamily, kThGiven},
    {"IN", 4, false, 4, kInFamily, kInGiven},  {"AU", 3, false, 4, kEnFamily, kEnGiven},
    {"GB", 3, false, 3, kEnFamily, kEnGiven},  {"FR", 3, false, 5, kEuFamily, kEuGiven},
    {"DE", 3, false, 6, kEuFamily, kEuGiven},  {"KH", 3, false, 4, kThFamily, kThGiven},
};

constexpr int kViettelPrefixes[] = {86, 96, 97, 98, 32, 33, 34, 35, 36, 37, 38, 39};
constexpr int kVinaPrefixes[] = {88, 91, 94, 81, 82, 83, 84, 85};
constexpr int kMobiPrefixes[] = {89, 90, 93, 70, 76, 77, 78, 79};
constexpr int kVietnamobilePrefixes[] = {92, 52, 56, 58};
constexpr int kGmobilePrefixes[] = {99, 59};
constexpr int kItelPrefixes[] = {87};
constexpr int kReddiPrefixes[] = {55};
// MVNOs whose own ranges are unconfirmed are given blocks inside their host's ranges.
constexpr int kAsimPrefixes[] = {89, 70};
constexpr int kDigilifePrefixes[] = {84, 88};
constexpr int kLocalPrefixes[] = {89, 77};
constexpr int kWintelPrefixes[] = {55};

constexpr CarrierInfo kCarriers[kNumCarriers] = {
    {Carrier::kViettel, 0.54, 4, 4, 0.0, 1, 4, 0.8, kViettelPrefixes, 0.0, 0.9, true, 3, 0.05},
    {Carrier::kVinaphone, 0.21, 2, 2, 0.0, 2, 2, 0.1, kVinaPrefixes, 0.0, 0.0, false, 2, 0.35},
    {Carrier::kMobifone, 0.19, 1, 1, 0.0, 3, 1, 0.2, kMobiPrefixes, 0.3, 0.4, true, 3, 0.10},
    {Carrier::kVietnamobile, 0.03, 5, 5, 0.0, 4, 5, 0.5, kVietnamobilePrefixes, 0.0, 0.5,
     false, 2, 0.60},
    {Carrier::kGmobile, 0.01, 7, 7, 0.0, 5, 7, 0.0, kGmobilePrefixes, 0.0, 0.0, false, 2, 0.2},
    {Carrier::kItel, 0.01, 8, 2, 0.4, 6, 8, 0.0, kItelPrefixes, 0.0, 1.0, true, 3, 0.0},
    {Carrier::kReddi, 0.003, 9, 1, 0.5, 7, 9, 0.0, kReddiPrefixes, 0.0, 0.0, false, 2, 0.5},
    {Carrier::kAsim, 0.003, 1, 1, 1.0, 8, 1, 0.0, kAsimPrefixes, 0.0, 1.0, true, 2, 0.0},
    {Carrier::kDigilife, 0.002, 2, 2, 1.0, 9, 2, 0.0, kDigilifePrefixes, 1.0, 0.0, false, 3,
     0.2},
    {Carrier::kLocal, 0.001, 1, 1, 1.0, 0, 1, 0.0, kLocalPrefixes, 0.0, 0.0, true, 2, 0.0},
    {Carrier::kWintel, 0.001, 9, 9, 0.0, 4, 9, 0.0, kWintelPrefixes, 0.0, 1.0, false, 2, 0.3},
};

// First five TAC digits per family (plausible stand-ins; reporting bodies 35 and 86).
constexpr int kTacApple[] = {35391, 35332, 35674, 35880, 35346};
constexpr int kTacSamsung[] = {35284, 35693, 35260, 35517};
constexpr int kTacOppo[] = {86287, 86643, 86981};
constexpr int kTacXiaomi[] = {86017, 86446, 86754};
constexpr int kTacVivo[] = {86125, 86980};
constexpr int kTacRealme[] = {86088, 86536};
constexpr int kTacNokia[] = {35409, 35726};
constexpr int kTacFeature[] = {35285, 86370};
constexpr int kTacHuawei[] = {86844};
constexpr int kTacOther[] = {35870, 86711};

constexpr TacFamily kPhoneFamilies[] = {
    {"apple", 0.26, kTacApple},   {"samsung", 0.22, kTacSamsung},
    {"oppo", 0.15, kTacOppo},     {"xiaomi", 0.12, kTacXiaomi},
    {"vivo", 0.07, kTacVivo},     {"realme", 0.05, kTacRealme},
    {"nokia", 0.05, kTacNokia},   {"feature", 0.04, kTacFeature},
    {"huawei", 0.02, kTacHuawei}, {"other", 0.02, kTacOther},
};

constexpr int kTacIpad[] = {35306, 35957};
constexpr int kTacGalaxyTab[] = {35204, 35894};
constexpr int kTacLenovoTab[] = {86593};
constexpr int kTacXiaomiPad[] = {86224};

constexpr TacFamily kTabletFamilies[] = {
    {"ipad", 0.4, kTacIpad},
    {"galaxy_tab", 0.35, kTacGalaxyTab},
    {"lenovo_tab", 0.15, kTacLenovoTab},
    {"xiaomi_pad", 0.10, kTacXiaomiPad},
};

// Cellular modules and routers: IoT trackers, 4G routers and GSM gateways all use them.
constexpr int kTacQuectel[] = {86407, 86862};
constexpr int kTacSimcom[] = {86234, 86695};
constexpr int kTacHuaweiModem[] = {86715};
constexpr int kTacRouter[] = {86352};
constexpr int kTacFibocom[] = {86859};

constexpr TacFamily kModuleFamilies[] = {
    {"quectel", 0.35, kTacQuectel},     {"simcom", 0.30, kTacSimcom},
    {"huawei_modem", 0.12, kTacHuaweiModem}, {"router", 0.15, kTacRouter},
    {"fibocom", 0.08, kTacFibocom},
};

constexpr const char* kOrgForms[] = {
    "Công ty TNHH", "Công ty Cổ phần", "Chi nhánh Công ty TNHH", "Công ty TNHH MTV",
    "Doanh nghiệp tư nhân", "Hợp tác xã", "Chi nhánh Công ty Cổ phần",
};
constexpr const char* kOrgSectors[] = {
    "Vận tải", "Thương mại", "Dịch vụ", "Xây dựng", "Giao hàng nhanh", "Công nghệ",
    "Đầu tư", "Logistics", "Viễn thông", "Bảo hiểm", "Taxi", "Thực phẩm", "Điện máy",
    "Du lịch", "Bất động sản", "Chăm sóc khách hàng", "Thiết bị định vị", "Nông nghiệp",
};
constexpr const char* kOrgBrands[] = {
    "Minh Phát", "Hoàng Long", "An Khang", "Phú Thịnh", "Thành Công", "Sao Việt",
    "Đại Dương", "Tân Tiến", "Hưng Thịnh", "Việt Á", "Bình Minh", "Kim Ngân",
    "Thiên Phú", "Nam Á", "Hải Đăng", "Trường Sơn", "Phương Nam", "Ánh Dương",
    "Đông Á", "Toàn Cầu", "Hòa Bình", "Sông Hồng", "Mekong", "Tâm Đức",
};

}  // namespace

absl::Span<const Province> Provinces() { return kProvinces; }

int ProvinceIndexOfCode(int code) {
  for (int i = 0; i < kNumProvinces; ++i) {
    if (kProvinces[i].code == code) return i;
  }
  return -1;
}

absl::Span<const MigrationTarget> MigrationTargets() { return kMigrationTargets; }
absl::Span<const WeightedText> FamilyNames() { return kFamilyNames; }
absl::Span<const WeightedText> MiddleNames(bool female) {
  if (female) return kMiddleFemale;
  return kMiddleMale;
}
absl::Span<const WeightedText> GivenNames(bool female) {
  if (female) return kGivenFemale;
  return kGivenMale;
}
absl::Span<const Nationality> Nationalities() { return kNationalities; }
absl::Span<const CarrierInfo> CarrierTable() { return kCarriers; }

absl::Span<const TacFamily> TacFamilies(DeviceClass device_class) {
  switch (device_class) {
    case DeviceClass::kPhone:
      return kPhoneFamilies;
    case DeviceClass::kTablet:
      return kTabletFamilies;
    case DeviceClass::kModule:
      return kModuleFamilies;
  }
  return kPhoneFamilies;
}

absl::Span<const char* const> OrgForms() { return kOrgForms; }
absl::Span<const char* const> OrgSectors() { return kOrgSectors; }
absl::Span<const char* const> OrgBrands() { return kOrgBrands; }

}  // namespace simaudit::gen
