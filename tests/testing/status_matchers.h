// File: status_matchers.h
// -----------------------------------------------------------------------------
// gMock matchers for absl::Status and absl::StatusOr<T>, which absl 20220623 does not
// ship:
//
//   EXPECT_THAT(ReadBatchFile(path, options, &batch), IsOk());
//   EXPECT_THAT(ParseAsOf("yesterday"), StatusIs(absl::StatusCode::kInvalidArgument,
//                                                HasSubstr("as-of")));
//   EXPECT_THAT(Evaluate(labels, findings), IsOkAndHolds(Field(&EvalReport::rows, 3)));
//   ASSERT_OK_AND_ASSIGN(std::unique_ptr<Detector> d, Detector::Run(batch, options));
//
// There is on purpose no NotOk(): check for the specific error expected.
#ifndef SIMAUDIT_TESTS_TESTING_STATUS_MATCHERS_H_
#define SIMAUDIT_TESTS_TESTING_STATUS_MATCHERS_H_

#include <string>
#include <type_traits>
#include <utility>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "absl/strings/str_cat.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"

// Outside namespace simaudit, so that `testing::` inside it still means gMock's (as
// absl's matchers live in absl_testing).
namespace simaudit_testing {
namespace internal_status {

inline const absl::Status& GetStatus(const absl::Status& status) { return status; }

template <typename T>
const absl::Status& GetStatus(const absl::StatusOr<T>& status_or) {
  return status_or.status();
}

}  // namespace internal_status

// Matches an OK absl::Status or absl::StatusOr<T>.
MATCHER(IsOk, negation ? "is not OK" : "is OK") {
  const absl::Status& status = internal_status::GetStatus(arg);
  if (!status.ok()) *result_listener << "whose status is " << status;
  return status.ok();
}

// Matches a status (or a StatusOr's status) with code `code`.
MATCHER_P(StatusIs, code,
          absl::StrCat(negation ? "has no" : "has", " status code ",
                       absl::StatusCodeToString(code))) {
  const absl::Status& status = internal_status::GetStatus(arg);
  *result_listener << "whose status is " << status;
  return status.code() == code;
}

// Matches a status with code `code` and a message matched by `message_matcher`.
MATCHER_P2(StatusIs, code, message_matcher,
           absl::StrCat(negation ? "has no" : "has", " status code ",
                        absl::StatusCodeToString(code), " and a message that ",
                        ::testing::DescribeMatcher<std::string>(message_matcher, negation))) {
  const absl::Status& status = internal_status::GetStatus(arg);
  *result_listener << "whose status is " << status;
  return status.code() == code &&
         ::testing::ExplainMatchResult(message_matcher, std::string(status.message()),
                                       result_listener);
}

// Matches an OK absl::StatusOr<T> whose value is matched by `value_matcher`.
MATCHER_P(IsOkAndHolds, value_matcher,
          absl::StrCat(negation ? "is not OK or holds a value that " : "is OK and holds a value that ",
                       ::testing::DescribeMatcher<
                           typename std::remove_cv_t<std::remove_reference_t<arg_type>>::value_type>(
                           value_matcher, negation))) {
  if (!arg.ok()) {
    *result_listener << "whose status is " << arg.status();
    return false;
  }
  return ::testing::ExplainMatchResult(value_matcher, *arg, result_listener);
}

}  // namespace simaudit_testing

#define SIMAUDIT_TESTING_CONCAT_INNER_(a, b) a##b
#define SIMAUDIT_TESTING_CONCAT_(a, b) SIMAUDIT_TESTING_CONCAT_INNER_(a, b)

// Evaluates `rexpr` (an absl::StatusOr<T>), fails the test if it is not OK, and
// otherwise moves its value into `lhs` (a declaration or an lvalue).
#define ASSERT_OK_AND_ASSIGN(lhs, rexpr) \
  SIMAUDIT_ASSERT_OK_AND_ASSIGN_IMPL_(SIMAUDIT_TESTING_CONCAT_(status_or_, __LINE__), lhs, rexpr)

#define SIMAUDIT_ASSERT_OK_AND_ASSIGN_IMPL_(status_or, lhs, rexpr) \
  auto status_or = (rexpr);                                         \
  ASSERT_TRUE(status_or.ok()) << status_or.status();                \
  lhs = std::move(status_or).value()

#endif  // SIMAUDIT_TESTS_TESTING_STATUS_MATCHERS_H_
