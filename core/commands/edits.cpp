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
  for (ObjectId id : ids)
    for (RefSite& site : referrers(ws, id))
      if (!ids.count(site.owner)) outcome.referrers.push_back(std::move(site));
  if (cascade == Cascade::refuse_if_referenced && !outcome.referrers.empty()) return outcome;
  outcome.command = transaction(ws, CommandKind::remove, std::move(subject), [&](Workspace& after) {
    outcome.removed = delete_with_cascade(after, ids);
  });
  return outcome;
}

Command import_objects(const Workspace& ws, const Workspace& part, std::string subject) {
  return transaction(ws, CommandKind::import, std::move(subject), [&](Workspace& after) {
    Workspace incoming = part;
    std::map<ObjectId, ObjectId> renamed;
    for_each_collection_type([&](auto* type) {
      for (const auto& item : collection<std::remove_pointer_t<decltype(type)>>(incoming))
        renamed[item.id.value] = allocate_id(after);
    });
    rename_ids(incoming, renamed);
    for_each_collection_type([&](auto* type) {
      using T = std::remove_pointer_t<decltype(type)>;
      auto& target = collection<T>(after);
      for (auto& item : collection<T>(incoming))
        target.push_back(std::move(item));
    });
  });
}

} // namespace rumbo
