#include "ui/storage.h"

#include "core/commands/command.h"
#include "core/files/workspace_file.h"
#include "core/messages.h"
#include "ui/app_state.h"
#include "ui/page.h"
#include "ui/page_exchange.h"
#include "ui/text.h"

#include <emscripten.h>

#include <chrono>
#include <cinttypes>
#include <cmath>
#include <cstdio>
#include <random>
#include <sstream>

namespace rumbo::ui {
namespace {

// A change is saved once the user pauses this long, or at the latest this
// long after it, however busy the editing (a slider being dragged).
constexpr double kQuietMs = 300;
constexpr double kLatestMs = 900;
// After a failed write, the next try.
constexpr double kRetryMs = 10'000;

double wall_clock_ms() {
  using namespace std::chrono;
  return duration<double, std::milli>(system_clock::now().time_since_epoch()).count();
}

// The page's words for why storage failed (web/storage.js), in the user's language.
std::string failure_text(const std::string& failure) {
  const std::string word = failure.substr(0, failure.find(':'));
  const std::string detail = word.size() < failure.size() ? failure.substr(word.size() + 1) : "";
  for (const char* known : {"quota", "unavailable", "timeout", "damaged"})
    if (word == known) return tr(("storage.reason." + word).c_str());
  return trf("storage.reason.other", {detail.empty() ? failure : detail});
}

} // namespace

std::string new_store_id() {
  static std::mt19937_64 random(std::random_device{}() ^
                                static_cast<std::uint64_t>(wall_clock_ms()));
  char id[40];
  std::snprintf(id, sizeof id, "ws-%" PRIx64 "-%08" PRIx64,
                static_cast<std::uint64_t>(wall_clock_ms()), random() & 0xffffffffu);
  return id;
}

void Storage::save(OpenWorkspace& open) {
  const std::string bytes = save_binary(open.workspace);
  open.sent = true;
  open.sent_revision = open.revision;
  open.sent_name = open.name;
  rumbo_page_storage_save(open.store_id.c_str(), open.name.c_str(), bytes.data(),
                          static_cast<int>(bytes.size()), static_cast<double>(open.revision));
}

void Storage::save_now(OpenWorkspace& open) {
  if (open.unsaved() && open.writer != Writer::other_tab && !open.sent_as_is()) save(open);
}

bool Storage::autosave(Session& session) {
  if (!available_) return false;
  const double now_ms = wall_clock_ms();
  bool busy = false;
  for (const auto& entry : session.workspaces()) {
    OpenWorkspace& open = *entry;
    if (!open.unsaved()) {
      open.unsaved_since_ms = 0;
      continue;
    }
    if (open.writer == Writer::other_tab) continue;
    busy = true;
    if (open.unsaved_since_ms == 0) open.unsaved_since_ms = now_ms;
    if (open.sent_as_is() || now_ms < retry_at_ms_) continue;
    if (now_ms - open.modified_ms >= kQuietMs || now_ms - open.unsaved_since_ms >= kLatestMs)
      save(open);
  }
  return busy;
}

void Storage::flush(Session& session) {
  if (!available_) return;
  for (const auto& entry : session.workspaces())
    save_now(*entry);
}

void Storage::follow_current(Session& session) {
  OpenWorkspace* current = session.current();
  const std::string id = current ? current->store_id : std::string();
  if (id == held_) return;
  if (!held_.empty()) {
    if (OpenWorkspace* before = session.find_stored(held_)) {
      save_now(*before); // the page lets go once this last save is written
      before->writer = Writer::asking;
    }
    rumbo_page_storage_release(held_.c_str());
  }
  held_ = id;
  if (current) {
    current->writer = Writer::asking;
    rumbo_page_storage_hold(id.c_str(), 0);
  }
}

void Storage::take_over(OpenWorkspace& open) {
  if (open.store_id == held_) rumbo_page_storage_hold(open.store_id.c_str(), 1);
}

void Storage::remove(const OpenWorkspace& open) {
  if (open.store_id == held_) held_.clear();
  rumbo_page_storage_remove(open.store_id.c_str());
}

std::string Storage::status(const Session& session) const {
  const double now_ms = wall_clock_ms();
  const OpenWorkspace* open = session.current();
  if (!open) return {};
  if (!available_) return tr("storage.status.unavailable");
  if (open->read_only()) return tr("storage.status.read_only");
  if (!problem_.empty()) return tr("storage.status.failed");
  if (open->unsaved() || !open->stored) return tr("storage.status.saving");
  // In steps of 10 s, then of a minute: the idle page redraws only for that.
  const double seconds = (now_ms - open->saved_at_ms) / 1000;
  if (seconds < 10) return tr("storage.status.saved_now");
  if (seconds < 60)
    return trf("storage.status.saved_seconds",
               {std::to_string(static_cast<int>(seconds) / 10 * 10)});
  if (seconds < 3600)
    return trf("storage.status.saved_minutes", {std::to_string(static_cast<int>(seconds / 60))});
  return trf("storage.status.saved_at", {time_of_day(open->saved_at_ms)});
}

double Storage::status_changes_in(const Session& session) const {
  const OpenWorkspace* open = session.current();
  if (!open || !open->stored || open->unsaved() || failing()) return 0;
  const double age = wall_clock_ms() - open->saved_at_ms;
  if (age < 60'000) return 10'000 - std::fmod(age, 10'000);
  if (age < 3'600'000) return 60'000 - std::fmod(age, 60'000);
  return 0;
}

void Storage::request_versions(const OpenWorkspace& open) {
  versions_id_.clear();
  versions_.clear();
  rumbo_page_storage_list_versions(open.store_id.c_str());
}

void Storage::restore_version(const OpenWorkspace& open, const StoredVersion& version) {
  rumbo_page_storage_read_version(open.store_id.c_str(), version.seq, version.saved_at_ms);
}

void Storage::set_unavailable(std::string reason) {
  available_ = false;
  problem_ = failure_text(reason);
}

void Storage::saved(Session& session, const std::string& id, std::uint64_t revision,
                    double saved_at_ms, const std::string& failure) {
  OpenWorkspace* open = session.find_stored(id);
  // Another tab writes it (the page has said so through rumbo_storage_writer).
  if (failure == "elsewhere") {
    if (open) open->sent = false;
    return;
  }
  if (!failure.empty()) {
    problem_ = failure_text(failure);
    retry_at_ms_ = wall_clock_ms() + kRetryMs;
    if (open) open->sent = false;
    return;
  }
  problem_.clear();
  retry_at_ms_ = 0;
  if (!open) return;
  open->stored = true;
  open->saved_revision = revision;
  open->saved_name = open->sent_name;
  open->saved_at_ms = saved_at_ms;
}

void Storage::set_space(double used, double quota, bool persistent) {
  used_ = used;
  quota_ = quota;
  persistent_ = persistent;
}

void Storage::set_versions(std::string id, std::vector<StoredVersion> versions) {
  versions_id_ = std::move(id);
  versions_ = std::move(versions);
}

} // namespace rumbo::ui

// The page's answers (web/shell.js). Workspace bytes arrive in the inbox
// (ui/page_exchange.h).
using rumbo::ui::app_state;
using rumbo::ui::hand_over;
using rumbo::ui::OpenWorkspace;
using rumbo::ui::Writer;

extern "C" {

// Storage cannot be used in this browser (private mode, disabled, no IndexedDB).
EMSCRIPTEN_KEEPALIVE void rumbo_storage_unavailable(const char* reason) {
  app_state().storage.set_unavailable(reason);
}

// A stored workspace read back when the page opens (the bytes in the inbox):
// "" once it is open, or why it could not be read. `damaged_at`, when not 0,
// is when the newer copy that could not be read was saved.
EMSCRIPTEN_KEEPALIVE const char* rumbo_storage_offer(const char* id, const char* name,
                                                     double saved_at, double damaged_at) {
  const std::string bytes = rumbo::ui::take_inbox();
  rumbo::LoadResult loaded = rumbo::load(bytes);
  if (!loaded.ok()) return hand_over(rumbo::describe(loaded.error, rumbo::ui::language()));
  auto& state = app_state();
  OpenWorkspace& open = state.session.add_stored(std::move(*loaded.workspace), name, id, saved_at);
  if (damaged_at == 0) return "";
  // Saved again as the current copy, so the damaged one is no longer read first.
  open.stored = false;
  state.storage.notify(
      rumbo::ui::trf("storage.notice.damaged",
                     {name, rumbo::ui::date_time(damaged_at), rumbo::ui::date_time(saved_at)}));
  return "";
}

// No version of a stored workspace could be read.
EMSCRIPTEN_KEEPALIVE void rumbo_storage_unreadable(const char* name, int versions,
                                                   const char* why) {
  app_state().storage.notify(
      rumbo::ui::trf("storage.notice.unreadable", {name, std::to_string(versions), why}));
}

// Every stored workspace has been offered: the one worked on last opens.
EMSCRIPTEN_KEEPALIVE void rumbo_storage_restored() {
  auto& session = app_state().session;
  app_state().storage.restored();
  OpenWorkspace* last = nullptr;
  for (const auto& entry : session.workspaces())
    if (!last || entry->saved_at_ms > last->saved_at_ms) last = entry.get();
  if (last && !session.current()) session.open(last->key);
}

// A save handed to the page was written ("" failure) or not (why, in the
// page's words: quota, unavailable, timeout, damaged, other:detail).
EMSCRIPTEN_KEEPALIVE void rumbo_storage_saved(const char* id, double revision, double saved_at,
                                              const char* failure) {
  auto& state = app_state();
  state.storage.saved(state.session, id, static_cast<std::uint64_t>(revision), saved_at, failure);
}

// Who writes workspace `id`: 1 this tab, 0 another tab (read-only here), and
// 2 when another tab has just taken it over from this one.
EMSCRIPTEN_KEEPALIVE void rumbo_storage_writer(const char* id, int state) {
  auto& app = app_state();
  OpenWorkspace* open = app.session.find_stored(id);
  if (!open) return;
  open->writer = state == 1 ? Writer::this_tab : Writer::other_tab;
  if (state == 2) app.storage.notify(rumbo::ui::trf("storage.notice.taken_over", {open->name}));
}

// A newer copy of workspace `id`, written by another tab (bytes in the inbox).
EMSCRIPTEN_KEEPALIVE void rumbo_storage_refresh(const char* id, const char* name) {
  const std::string bytes = rumbo::ui::take_inbox();
  auto& app = app_state();
  rumbo::LoadResult loaded = rumbo::load(bytes);
  if (OpenWorkspace* open = app.session.find_stored(id); open && loaded.ok())
    app.session.replace(*open, std::move(*loaded.workspace), name);
}

// A workspace stored by another tab since this page opened (bytes in the inbox).
EMSCRIPTEN_KEEPALIVE void rumbo_storage_added(const char* id, const char* name, double saved_at) {
  const std::string bytes = rumbo::ui::take_inbox();
  auto& app = app_state();
  rumbo::LoadResult loaded = rumbo::load(bytes);
  if (!app.session.find_stored(id) && loaded.ok())
    app.session.add_stored(std::move(*loaded.workspace), name, id, saved_at);
}

// Another tab deleted workspace `id`.
EMSCRIPTEN_KEEPALIVE void rumbo_storage_removed(const char* id) {
  auto& app = app_state();
  if (OpenWorkspace* open = app.session.find_stored(id)) {
    app.storage.notify(rumbo::ui::trf("storage.notice.removed_elsewhere", {open->name}));
    app.session.remove(open->key);
  }
}

// The page is being hidden or closed: save now what is not saved.
EMSCRIPTEN_KEEPALIVE void rumbo_storage_flush() {
  auto& app = app_state();
  app.storage.flush(app.session);
}

EMSCRIPTEN_KEEPALIVE void rumbo_storage_space(double used, double quota, int persistent) {
  app_state().storage.set_space(used, quota, persistent != 0);
}

// The stored versions of workspace `id`, newest first: "seq savedAt size" per line.
EMSCRIPTEN_KEEPALIVE void rumbo_storage_versions(const char* id, const char* list) {
  std::vector<rumbo::ui::StoredVersion> versions;
  std::istringstream lines(list);
  for (rumbo::ui::StoredVersion v; lines >> v.seq >> v.saved_at_ms >> v.size;)
    versions.push_back(v);
  app_state().storage.set_versions(id, std::move(versions));
}

// An earlier version of workspace `id` (bytes in the inbox), to put back as
// one undoable step.
EMSCRIPTEN_KEEPALIVE void rumbo_storage_version(const char* id, double saved_at) {
  const std::string bytes = rumbo::ui::take_inbox();
  auto& app = app_state();
  OpenWorkspace* open = app.session.current();
  if (!open || open->store_id != id) return;
  rumbo::LoadResult loaded = rumbo::load(bytes);
  if (!loaded.ok()) {
    app.storage.notify(rumbo::ui::trf(
        "storage.notice.version_unreadable",
        {rumbo::ui::date_time(saved_at), rumbo::describe(loaded.error, rumbo::ui::language())}));
    return;
  }
  app.session.apply(
      rumbo::diff(rumbo::CommandKind::import,
                  rumbo::ui::trf("storage.restore_subject", {rumbo::ui::date_time(saved_at)}),
                  open->workspace, *loaded.workspace));
}
}
