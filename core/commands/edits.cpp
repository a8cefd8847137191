#include "core/commands/edits.h"

namespace rumbo {

ObjectId added_id(const Command& command) {
  for (const Change& change : command.changes) {
    ObjectId id = std::visit(
        [](const auto& c) -> ObjectId {
          if constexpr (requires { c.after->id; })
            return !c.before && c.after ? c.after->id.value : 0;
          else
            return 0;
        },
        change);
    if (id != 0) return id;
  }
  return 0;
}

RemoveOutcome remove_objects(const Workspace& ws, const std::set<ObjectId>& ids, Cascade cascade,
                             std::string subject) {
  RemoveOutcome outcome;
  for (RefSite& site : references(ws))
    if (ids.count(site.target) && !ids.count(site.owner))
      outcome.referrers.push_back(std::move(site));
  if (cascade == Cascade::refuse_if_referenced && !outcome.referrers.empty()) return outcome;
  outcome.command = transaction(ws, CommandKind::remove, std::move(subject), [&](Workspace& after) {
    outcome.removed = delete_with_cascade(after, ids);
  });
  return outcome;
}

ImportOutcome import_objects(const Workspace& ws, const Workspace& part, std::string subject) {
  ImportOutcome outcome;
  std::map<ObjectId, ObjectId> renamed;
  Workspace after = ws;
  for_each_collection_type([&](auto* type) {
    using T = std::remove_pointer_t<decltype(type)>;
    const auto& items = collection<T>(part);
    for (std::size_t i = 0; i < items.size(); ++i) {
      ObjectId id = items[i].id.value;
      if (id == 0 || !renamed.emplace(id, allocate_id(after)).second)
        outcome.problems.push_back(
            {Severity::error,
             "check.id_duplicate",
             std::string(collection_key<T>()) + "[" + std::to_string(i) + "].id",
             id,
             {std::to_string(id)}});
    }
  });
  if (!outcome.problems.empty()) return outcome;
  Workspace incoming = part;
  rename_ids(incoming, renamed);
  for_each_collection_type([&](auto* type) {
    using T = std::remove_pointer_t<decltype(type)>;
    auto& target = collection<T>(after);
    for (auto& item : collection<T>(incoming))
      target.push_back(std::move(item));
  });
  for (Finding& finding : validate(after))
    if (finding.severity == Severity::error) outcome.problems.push_back(std::move(finding));
  if (outcome.problems.empty())
    outcome.command = diff(CommandKind::import, std::move(subject), ws, after);
  return outcome;
}

} // namespace rumbo
