#pragma once

#include "core/model/workspace.h"

#include <map>
#include <set>
#include <string>
#include <unordered_map>
#include <vector>

namespace rumbo {

// How a reference behaves when its target is deleted.
enum class RefKind {
  optional,  // a single reference that may be empty: cleared (an action's lead)
  required,  // a single reference the owner cannot live without: the owner goes too (a KPI's
             // objective)
  list_entry // one entry of a list: the entry is removed (an action's partners)
};

// One reference from one object to another, with where it sits.
struct RefSite {
  const char* owner_collection; // "actions"
  std::size_t owner_index;      // position in that collection (for paths only)
  ObjectId owner;               // 0 for the workspace's own singletons
  std::string field;            // "depends_on[2]" or "scores[1].criterion"
  ObjectId target;
  const char* target_collection;
  RefKind kind;
};

// Every reference in the workspace, in a stable order.
std::vector<RefSite> references(const Workspace& ws);

// The objects that refer to `target` (an object may appear once per reference).
std::vector<RefSite> referrers(const Workspace& ws, ObjectId target);

// Deletes the objects in `ids` and everything that cannot live without them,
// clears optional references to them and removes list entries that name them.
// Returns every id deleted (the requested ones and the cascade).
std::set<ObjectId> delete_with_cascade(Workspace& ws, const std::set<ObjectId>& ids);

// Replaces object ids and references by `renamed` (old id -> new id); ids not
// in the map stay as they are. Used to give imported objects fresh ids.
void rename_ids(Workspace& ws, const std::map<ObjectId, ObjectId>& renamed);

// Which collection holds the object with this id, or nullptr.
const char* collection_of(const Workspace& ws, ObjectId id);

// Every object id with the collection that holds it (the first, if an id is
// used twice), to look many ids up in one pass.
std::unordered_map<ObjectId, const char*> collections_by_id(const Workspace& ws);

} // namespace rumbo
