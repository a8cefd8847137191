#include "core/text/message_arg.h"

#include <cstdio>

namespace rumbo {

std::vector<std::string> written(const std::vector<MessageArg>& args, const ArgWriter& writer) {
  std::vector<std::string> out;
  out.reserve(args.size());
  for (const MessageArg& arg : args) {
    switch (arg.kind) {
    case MessageArg::Kind::text:
      out.push_back(arg.text);
      break;
    case MessageArg::Kind::count:
      out.push_back(writer.count(arg.value));
      break;
    case MessageArg::Kind::number:
      out.push_back(writer.number(arg.value));
      break;
    case MessageArg::Kind::money:
      out.push_back(writer.money(arg.value));
      break;
    case MessageArg::Kind::plan_year:
      out.push_back(arg.indices.empty() ? std::string() : writer.plan_year(arg.indices.front()));
      break;
    case MessageArg::Kind::axis:
    case MessageArg::Kind::axes: {
      std::string names;
      for (std::size_t axis : arg.indices)
        names += (names.empty() ? "" : ", ") + writer.axis(axis);
      out.push_back(names);
      break;
    }
    }
  }
  return out;
}

std::vector<std::string> written_plainly(const std::vector<MessageArg>& args) {
  auto number = [](double value) {
    char text[32];
    std::snprintf(text, sizeof text, "%.6g", value);
    return std::string(text);
  };
  auto count = [](double n) { return std::to_string(static_cast<unsigned long long>(n)); };
  auto year = [](std::size_t y) { return std::to_string(y + 1); };
  auto axis = [](std::size_t t) { return std::to_string(t); };
  return written(args, {count, number, number, year, axis});
}

} // namespace rumbo
