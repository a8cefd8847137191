#include "ui/session.h"

#include "core/files/workspace_file.h"
#include "core/messages.h"
#include "ui/packed_file.h"
#include "ui/storage.h"
#include "ui/text.h"

#include <algorithm>
#include <chrono>

namespace rumbo::ui {
namespace {

double wall_clock_ms() {
  using namespace std::chrono;
  return duration<double, std::milli>(system_clock::now().time_since_epoch()).count();
}

const char* packed_path(Origin origin) {
  switch (origin) {
  case Origin::empty:
    return "/assets/templates/empty.rumbo.json";
  case Origin::seed_method:
    return "/assets/templates/seed-method.rumbo.json";
  case Origin::sample_city:
    return "/assets/samples/sample-city.rumbo.json";
  }
  return "";
}

} // namespace

bool Session::create(Origin origin, const std::string& name) {
  const char* path = packed_path(origin);
  const std::optional<std::string> bytes = read_packed_file(path);
  LoadResult loaded = load(bytes.value_or(""));
  if (!bytes || !loaded.ok()) {
    last_error_ =
        trf("error.packed_file", {path, loaded.ok() ? "" : describe(loaded.error, language())});
    return false;
  }
  add_current(std::move(*loaded.workspace), name);
  return true;
}

std::optional<std::string> Session::import_text(std::string_view text, const std::string& name) {
  LoadResult loaded = load(text);
  if (!loaded.ok()) return describe(loaded.error, language());
  const std::string title = name.empty() ? loaded.workspace->profile.title : name;
  add_current(std::move(*loaded.workspace), title);
  return std::nullopt;
}

OpenWorkspace& Session::add(Workspace workspace, const std::string& name) {
  auto entry = std::make_unique<OpenWorkspace>();
  entry->key = next_key_++;
  entry->name = name;
  entry->workspace = std::move(workspace);
  entry->modified_ms = wall_clock_ms();
  entry->store_id = new_store_id();
  open_.push_back(std::move(entry));
  return *open_.back();
}

void Session::add_current(Workspace workspace, const std::string& name) {
  current_ = &add(std::move(workspace), name);
}

OpenWorkspace& Session::add_stored(Workspace workspace, const std::string& name,
                                   const std::string& store_id, double saved_at_ms) {
  OpenWorkspace& entry = add(std::move(workspace), name);
  entry.store_id = store_id;
  entry.modified_ms = entry.saved_at_ms = saved_at_ms;
  entry.stored = true;
  entry.saved_name = name;
  return entry;
}

void Session::replace(OpenWorkspace& open, Workspace workspace, const std::string& name) {
  open.workspace = std::move(workspace);
  open.name = name;
  open.history = History();
  ++open.revision;
  open.stored = true;
  open.saved_revision = open.revision;
  open.saved_name = name;
  open.sent = false;
  open.unsaved_since_ms = 0;
}

OpenWorkspace* Session::find_stored(const std::string& store_id) {
  for (const auto& entry : open_)
    if (entry->store_id == store_id) return entry.get();
  return nullptr;
}

void Session::open(std::uint64_t key) {
  for (const auto& entry : open_)
    if (entry->key == key) current_ = entry.get();
}

void Session::duplicate(std::uint64_t key, const std::string& name) {
  for (const auto& entry : open_)
    if (entry->key == key) {
      add(entry->workspace, name);
      return;
    }
}

void Session::rename(std::uint64_t key, const std::string& name) {
  for (const auto& entry : open_)
    if (entry->key == key) entry->name = name;
}

void Session::remove(std::uint64_t key) {
  if (current_ && current_->key == key) current_ = nullptr;
  open_.erase(std::remove_if(open_.begin(), open_.end(),
                             [key](const auto& entry) { return entry->key == key; }),
              open_.end());
}

void Session::apply(Command command) {
  if (!current_ || command.empty()) return;
  current_->history.apply(current_->workspace, std::move(command));
  changed();
}

bool Session::undo() {
  if (!current_ || !current_->history.undo(current_->workspace)) return false;
  changed();
  return true;
}

bool Session::redo() {
  if (!current_ || !current_->history.redo(current_->workspace)) return false;
  changed();
  return true;
}

void Session::seal() {
  if (current_) current_->history.seal();
}

void Session::changed() {
  ++current_->revision;
  current_->modified_ms = wall_clock_ms();
}

namespace {

// While a new run works out its heavy parts, the last results stay on screen
// where they still fit the new quick ones (same actions, criteria, cities and
// portfolio candidates): dragging a weight then updates the charts as results
// arrive instead of blanking them every frame.
void keep_while_pending(scoring::WorkspaceScores& from, scoring::WorkspaceScores& to) {
  const std::size_t rows = to.actions.problem.rows(), columns = to.actions.problem.columns();
  if (to.stability_pending && !from.stability.error && from.stability.intervals.size() == columns &&
      from.actions.problem.rows() == rows)
    to.stability = std::move(from.stability);
  if (to.acceptability_pending && !from.acceptability.error &&
      from.acceptability.alternatives == rows && !from.acceptability.shares.empty())
    to.acceptability = std::move(from.acceptability);
  if (to.uncertainty_pending && !from.readiness_uncertainty.error &&
      from.readiness_uncertainty.median_rank.size() == to.readiness.index.size())
    to.readiness_uncertainty = std::move(from.readiness_uncertainty);
  const bool same_candidates = from.portfolio_plan && to.portfolio_plan &&
                               from.portfolio_plan->actions == to.portfolio_plan->actions;
  if (to.portfolio_pending && same_candidates) to.portfolio = std::move(from.portfolio);
  if (to.frontier_pending && same_candidates) to.frontier = std::move(from.frontier);
}

} // namespace

const scoring::WorkspaceScores& Session::scores() {
  if (!current_) {
    run_.reset();
    scores_ = {};
    scored_key_ = 0;
    return scores_;
  }
  if (!run_ || scored_key_ != current_->key || scored_revision_ != current_->revision) {
    // After an edit of the same workspace, what the edit did not touch is
    // kept from the last run (a weight drag re-ranks only the actions).
    run_ = run_ && scored_key_ == current_->key
               ? std::make_unique<scoring::ScoringRun>(current_->workspace, *run_)
               : std::make_unique<scoring::ScoringRun>(current_->workspace);
    scoring::WorkspaceScores previous = std::move(scores_);
    scores_ = run_->scores();
    if (scored_key_ == current_->key) keep_while_pending(previous, scores_);
    scored_key_ = current_->key;
    scored_revision_ = current_->revision;
    run_started_ms_ = wall_clock_ms();
  }
  return scores_;
}

bool Session::work(double slice_ms) {
  if (!current_) return false;
  scores();
  if (run_->done()) return false;
  const bool done = run_->advance(slice_ms);
  // Each part as it finishes; the others keep what keep_while_pending() left.
  const scoring::WorkspaceScores& now = run_->scores();
  auto take = [](bool& pending, bool still_pending, auto& part, const auto& fresh) {
    if (!pending || still_pending) return;
    part = fresh;
    pending = false;
  };
  take(scores_.stability_pending, now.stability_pending, scores_.stability, now.stability);
  take(scores_.uncertainty_pending, now.uncertainty_pending, scores_.readiness_uncertainty,
       now.readiness_uncertainty);
  take(scores_.acceptability_pending, now.acceptability_pending, scores_.acceptability,
       now.acceptability);
  take(scores_.portfolio_pending, now.portfolio_pending, scores_.portfolio, now.portfolio);
  take(scores_.frontier_pending, now.frontier_pending, scores_.frontier, now.frontier);
  return !done;
}

double Session::scoring_ms() const {
  return scoring_busy() ? wall_clock_ms() - run_started_ms_ : 0;
}

} // namespace rumbo::ui
