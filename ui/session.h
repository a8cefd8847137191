#pragma once

// The workspaces open in this page and the one being worked on: the state the
// screens read. Every change goes through apply() (core commands, so undo and
// redo cover it); scores are recomputed from the workspace when it changes.
// Screens own no domain state; this is where it lives while the page is open.

#include "core/commands/history.h"
#include "core/model/workspace.h"
#include "core/scoring/workspace_scoring.h"

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace rumbo::ui {

// Which tab may write a workspace to browser storage: one at a time, so that
// two tabs never overwrite each other's work.
enum class Writer {
  asking,    // this tab has asked; it may edit meanwhile, and saves once it writes
  this_tab,  // this tab writes it
  other_tab, // another tab writes it: read-only here
};

struct OpenWorkspace {
  std::uint64_t key = 0; // stable while the page is open; names may repeat
  std::string name;
  Workspace workspace;
  History history;
  std::uint64_t revision = 0; // grows with every change, undo and redo
  double modified_ms = 0;     // wall clock of the last change

  // Its copy in browser storage (ui/storage.h).
  std::string store_id;             // the key of its records there
  bool stored = false;              // a copy has been written
  std::uint64_t saved_revision = 0; // what that copy holds: revision and name
  std::string saved_name;
  bool sent = false; // `sent_revision` and `sent_name` went to the page to be written
  std::uint64_t sent_revision = 0;
  std::string sent_name;
  double unsaved_since_ms = 0; // the first change not in the stored copy; 0 if none
  double saved_at_ms = 0;      // when the stored copy was written
  Writer writer = Writer::asking;

  // Changed since its stored copy was written (or never written).
  bool unsaved() const { return !stored || revision != saved_revision || name != saved_name; }
  bool read_only() const { return writer == Writer::other_tab; }
  // Its revision and name as they are now have gone to the page to be written.
  bool sent_as_is() const { return sent && sent_revision == revision && sent_name == name; }
};

// Where a new workspace comes from.
enum class Origin { empty, seed_method, sample_city };

class Session {
public:
  // The open workspaces, oldest first; the current one, if any.
  const std::vector<std::unique_ptr<OpenWorkspace>>& workspaces() const { return open_; }
  OpenWorkspace* current() { return current_; }
  const OpenWorkspace* current() const { return current_; }
  const Workspace* workspace() const { return current_ ? &current_->workspace : nullptr; }

  // Creates a workspace from a template or the sample city and makes it
  // current. False, with last_error() set, when the packed file cannot be
  // read (a broken deployment).
  bool create(Origin origin, const std::string& name);
  // Opens a workspace file's bytes (either format of core/files) as a new
  // workspace and makes it current: an imported or dropped file. `name` is
  // the file's name; without one, the strategy's title. On failure, why, in
  // the user's language, and nothing changes.
  std::optional<std::string> import_text(std::string_view text, const std::string& name);
  // A workspace read back from browser storage, added after the others
  // without becoming current.
  OpenWorkspace& add_stored(Workspace workspace, const std::string& name,
                            const std::string& store_id, double saved_at_ms);
  // Puts a newer stored copy in place of `open`'s workspace (another tab
  // wrote it): its undo history starts again, as it would on opening.
  void replace(OpenWorkspace& open, Workspace workspace, const std::string& name);
  OpenWorkspace* find_stored(const std::string& store_id);
  void open(std::uint64_t key);
  void close_current() { current_ = nullptr; }
  void duplicate(std::uint64_t key, const std::string& name);
  void rename(std::uint64_t key, const std::string& name);
  void remove(std::uint64_t key);

  // The one way the current workspace changes.
  void apply(Command command);
  bool undo();
  bool redo();
  // Ends an undo step (a text field lost focus, a slider was released).
  void seal();
  bool can_undo() const { return current_ && current_->history.can_undo(); }
  bool can_redo() const { return current_ && current_->history.can_redo(); }

  // The current workspace's scores. After a change the quick parts (index,
  // ranking, partner fit) are there at once; the heavy ones (weight
  // stability, Monte Carlo, portfolio searches) are marked pending and fill in
  // as work() runs between frames, so no frame stalls on them. Meanwhile a
  // pending part keeps its last result when that still fits the workspace
  // (same actions, criteria, cities), else it is empty.
  const scoring::WorkspaceScores& scores();
  // Scores for about `slice_ms`; true while work remains.
  bool work(double slice_ms);
  // True from a change until every part of its scores is done.
  bool scoring_busy() const {
    return current_ && (!run_ || scored_key_ != current_->key ||
                        scored_revision_ != current_->revision || !run_->done());
  }
  double scoring_progress() const { return scoring_busy() && run_ ? run_->progress() : 1; }
  // How long the scores of the last change have been worked on; 0 when done.
  double scoring_ms() const;

  const std::string& last_error() const { return last_error_; }
  void set_error(std::string error) { last_error_ = std::move(error); }

private:
  OpenWorkspace& add(Workspace workspace, const std::string& name);
  void add_current(Workspace workspace, const std::string& name);
  void changed();

  std::vector<std::unique_ptr<OpenWorkspace>> open_;
  OpenWorkspace* current_ = nullptr;
  std::uint64_t next_key_ = 1;
  std::string last_error_;
  // The run's scores are copied out as parts finish, so that what scores()
  // returned stays where it is when a change later in a frame starts a new run.
  std::unique_ptr<scoring::ScoringRun> run_;
  scoring::WorkspaceScores scores_;
  std::uint64_t scored_key_ = 0, scored_revision_ = 0;
  double run_started_ms_ = 0;
};

} // namespace rumbo::ui
