#pragma once

// The open workspaces' copies in the browser (IndexedDB, through
// web/storage.js): restoring them when the page opens, saving each change
// within a second, one tab writing a workspace at a time, earlier versions,
// and what the user is told about all of it. The bytes are the portable
// binary format of core/files, and they come back through load(), the one
// way into Rumbo.

#include "ui/session.h"

#include <cstdint>
#include <string>
#include <vector>

namespace rumbo::ui {

// One stored version of a workspace, as "Versiones anteriores" lists it.
struct StoredVersion {
  int seq = 0;
  double saved_at_ms = 0;
  double size = 0; // bytes
};

class Storage {
public:
  // Starts saves that are due (a second after the last change at most);
  // true while a save is due or under way, to keep the frame loop going.
  bool autosave(Session& session);
  // Saves every changed workspace now: the page is being hidden or closed.
  void flush(Session& session);
  // The current workspace is now this one (or none): this tab asks to be its
  // only writer, and lets go of the one before once it is saved.
  void follow_current(Session& session);
  // Another tab has the workspace open: take over writing it.
  void take_over(OpenWorkspace& open);
  // Forget a deleted workspace's copies (after the user confirmed).
  void remove(const OpenWorkspace& open);

  // "Guardado hace 3 s", "Guardando…", "No se pudo guardar: …"; empty with no workspace.
  std::string status(const Session& session) const;
  // In how many ms status() will read differently by itself; 0 if it will not.
  double status_changes_in(const Session& session) const;
  // A write failed or storage is unavailable: the work is only in this page.
  bool failing() const { return !available_ || !problem_.empty(); }
  bool available() const { return available_; }
  // Still reading the stored workspaces as the page opens.
  bool restoring() const { return restoring_; }
  void restored() { restoring_ = false; }
  const std::string& problem() const { return problem_; }

  // Things to tell the user once (a damaged copy replaced by an earlier
  // one, a workspace another tab deleted): shown until dismissed.
  const std::vector<std::string>& notices() const { return notices_; }
  void dismiss_notices() { notices_.clear(); }
  void notify(std::string text) { notices_.push_back(std::move(text)); }

  // Space this site uses and may use, in bytes; quota 0 when unknown.
  double used_bytes() const { return used_; }
  double quota_bytes() const { return quota_; }
  bool persistent() const { return persistent_; }

  // The versions of the current workspace, newest first, once
  // request_versions() has been answered.
  void request_versions(const OpenWorkspace& open);
  const std::vector<StoredVersion>& versions() const { return versions_; }
  const std::string& versions_of() const { return versions_id_; }
  void restore_version(const OpenWorkspace& open, const StoredVersion& version);

  // Called from the page (web/shell.js) through the extern "C" functions in storage.cpp.
  void set_unavailable(std::string reason);
  void saved(Session& session, const std::string& id, std::uint64_t revision, double saved_at_ms,
             const std::string& failure);
  void set_space(double used, double quota, bool persistent);
  void set_versions(std::string id, std::vector<StoredVersion> versions);

private:
  void save(OpenWorkspace& open);
  // Saves `open` now unless it is saved, another tab writes it, or its save is under way.
  void save_now(OpenWorkspace& open);

  bool available_ = true;
  bool restoring_ = true;
  std::string problem_; // why the last write failed, in the user's language
  double retry_at_ms_ = 0;
  std::string held_; // the store id this tab writes as current
  std::vector<std::string> notices_;
  double used_ = 0, quota_ = 0;
  bool persistent_ = false;
  std::string versions_id_;
  std::vector<StoredVersion> versions_;
};

// A new id for a workspace's records in browser storage.
std::string new_store_id();

} // namespace rumbo::ui
