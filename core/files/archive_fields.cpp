#include "core/files/archive_fields.h"

#include <exception>

namespace rumbo::fields {

ReadPath& ReadPath::current() {
  thread_local ReadPath path;
  return path;
}

std::string ReadPath::join(const std::vector<std::string>& steps) {
  std::string path;
  for (const std::string& step : steps) {
    if (!path.empty() && step.front() != '[') path += '.';
    path += step;
  }
  return path;
}

std::vector<std::string> ReadPath::take_failure() {
  std::vector<std::string> failure = std::move(failure_);
  steps_.clear();
  failure_.clear();
  failed_ = false;
  return failure;
}

PathStep::PathStep(const char* name) : exceptions_(std::uncaught_exceptions()) {
  ReadPath::current().push(name);
}

PathStep::PathStep(std::size_t index) : exceptions_(std::uncaught_exceptions()) {
  ReadPath::current().push("[" + std::to_string(index) + "]");
}

PathStep::~PathStep() {
  if (std::uncaught_exceptions() > exceptions_) ReadPath::current().record_failure();
  ReadPath::current().pop();
}

} // namespace rumbo::fields
