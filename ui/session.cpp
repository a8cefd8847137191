#include "ui/session.h"

#include "core/files/workspace_file.h"
#include "core/messages.h"
#include "ui/packed_file.h"
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
  auto entry = std::make_unique<OpenWorkspace>();
  entry->key = next_key_++;
  entry->name = name;
  entry->workspace = std::move(*loaded.workspace);
  entry->modified_ms = wall_clock_ms();
  current_ = entry.get();
  open_.push_back(std::move(entry));
  return true;
}

void Session::open(std::uint64_t key) {
  for (const auto& entry : open_)
    if (entry->key == key) current_ = entry.get();
}

void Session::duplicate(std::uint64_t key, const std::string& name) {
  for (const auto& entry : open_)
    if (entry->key == key) {
      auto copy = std::make_unique<OpenWorkspace>();
      copy->key = next_key_++;
      copy->name = name;
      copy->workspace = entry->workspace;
      copy->modified_ms = wall_clock_ms();
      open_.push_back(std::move(copy));
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

const scoring::WorkspaceScores& Session::scores() {
  if (!current_) {
    run_.reset();
    scores_ = {};
    scored_key_ = 0;
    return scores_;
  }
  if (!run_ || scored_key_ != current_->key || scored_revision_ != current_->revision) {
    run_ = std::make_unique<scoring::ScoringRun>(current_->workspace);
    scores_ = run_->scores();
    scored_key_ = current_->key;
    scored_revision_ = current_->revision;
  }
  return scores_;
}

bool Session::work(double slice_ms) {
  if (!current_) return false;
  scores();
  if (run_->done()) return false;
  const bool done = run_->advance(slice_ms);
  const scoring::WorkspaceScores& now = run_->scores();
  if (now.stability_pending != scores_.stability_pending ||
      now.uncertainty_pending != scores_.uncertainty_pending ||
      now.acceptability_pending != scores_.acceptability_pending ||
      now.portfolio_pending != scores_.portfolio_pending ||
      now.frontier_pending != scores_.frontier_pending)
    scores_ = now;
  return !done;
}

} // namespace rumbo::ui
