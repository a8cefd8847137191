#include "core/commands/edits.h"
#include "core/commands/history.h"
#include "core/validation/validate.h"
#include "fixture.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <random>

using namespace rumbo;
using rumbo::test::fixture;
namespace ids = rumbo::test::ids;

namespace {

// Do, undo, redo: the workspace goes to `after`, back to exactly `before`,
// and forward to exactly `after` again. Returns the state after the command.
Workspace do_undo_redo(const Workspace& before, Command command) {
  Workspace ws = before;
  History history;
  history.apply(ws, std::move(command));
  Workspace after = ws;
  CHECK_FALSE(after == before);
  REQUIRE(history.undo(ws));
  CHECK(ws == before);
  REQUIRE(history.redo(ws));
  CHECK(ws == after);
  CHECK_FALSE(history.can_redo());
  return after;
}

} // namespace

TEST_CASE("add: a new object gets the next id, and undo gives the id back", "[commands]") {
  Workspace before = fixture();
  Actor actor;
  actor.name = "Universidad Regional";
  actor.type = ActorType::academia;
  Command command = add_object(before, actor, actor.name, 0);
  CHECK(command.kind == CommandKind::add);
  CHECK(added_id(command) == before.next_id);
  Workspace after = do_undo_redo(before, command);
  REQUIRE(after.actors.size() == 2);
  CHECK(after.actors[0].name == "Universidad Regional");
  CHECK(after.actors[0].id.value == before.next_id);
  CHECK(after.next_id == before.next_id + 1);
  CHECK(validate(after).empty());
}

TEST_CASE("edit: one field of one object", "[commands]") {
  Workspace before = fixture();
  Command command =
      edit_object<Action>(before, ids::fair, "risk", "Feria", [](Action& a) { a.risk = 5; });
  Workspace after = do_undo_redo(before, command);
  CHECK(after.actions[0].risk == 5);
  CHECK(after.actions[1] == before.actions[1]);
}

TEST_CASE("edit: the profile, the vision and the comparison are edited the same way",
          "[commands]") {
  Workspace before = fixture();
  Workspace after =
      do_undo_redo(before, edit_workspace(before, "population", "Perfil",
                                          [](Workspace& w) { w.profile.population = 320000; }));
  CHECK(after.profile.population == 320000);
  after = do_undo_redo(before, edit_workspace(before, "vision", "Visión",
                                              [](Workspace& w) { w.vision.text = "Otra"; }));
  CHECK(after.vision.text == "Otra");
  after = do_undo_redo(before, edit_workspace(before, "ahp", "AHP", [](Workspace& w) {
                         w.comparison.judgements[0].value = 5;
                       }));
  CHECK(after.comparison.judgements[0].value == 5);
}

TEST_CASE("consecutive edits of the same field are one undo step; seal() ends the step",
          "[commands]") {
  Workspace ws = fixture();
  Workspace start = ws;
  History history;
  for (int risk : {3, 4, 5}) // a slider dragged through three values
    history.apply(
        ws, edit_object<Action>(ws, ids::fair, "risk", "Feria", [&](Action& a) { a.risk = risk; }));
  CHECK(history.undo_depth() == 1);
  CHECK(ws.actions[0].risk == 5);
  history.apply(ws, edit_object<Action>(ws, ids::fair, "title", "Feria",
                                        [](Action& a) { a.title = "Feria 2"; }));
  CHECK(history.undo_depth() == 2); // another field: another step
  history.seal();
  history.apply(ws, edit_object<Action>(ws, ids::fair, "title", "Feria",
                                        [](Action& a) { a.title = "Feria 3"; }));
  CHECK(history.undo_depth() == 3); // same field after seal(): another step
  history.undo(ws);
  history.undo(ws);
  CHECK(ws.actions[0].title == "Feria internacional del café");
  CHECK(ws.actions[0].risk == 5);
  history.undo(ws);
  CHECK(ws == start);
}

TEST_CASE("a new command after undo drops the redo steps", "[commands]") {
  Workspace ws = fixture();
  History history;
  history.apply(
      ws, edit_object<Actor>(ws, ids::actor, "interest", "", [](Actor& a) { a.interest = 1; }));
  history.undo(ws);
  CHECK(history.can_redo());
  history.apply(
      ws, edit_object<Actor>(ws, ids::actor, "influence", "", [](Actor& a) { a.influence = 1; }));
  CHECK_FALSE(history.can_redo());
  CHECK(ws.actors[0].interest == 5);
}

TEST_CASE("an edit that changes nothing is not recorded", "[commands]") {
  Workspace ws = fixture();
  History history;
  history.apply(
      ws, edit_object<Actor>(ws, ids::actor, "interest", "", [](Actor& a) { a.interest = 5; }));
  CHECK_FALSE(history.can_undo());
}

TEST_CASE("delete is refused while others refer to the object, and the referrers are listed",
          "[commands]") {
  Workspace ws = fixture();
  RemoveOutcome outcome =
      remove_objects(ws, {ids::objective}, Cascade::refuse_if_referenced, "Objetivo");
  CHECK_FALSE(outcome.command);
  std::vector<std::string> where;
  for (const RefSite& site : outcome.referrers)
    where.push_back(std::string(site.owner_collection) + "/" + site.field);
  CHECK(where == std::vector<std::string>{"context_items/objectives[0]", "kpis/objective",
                                          "actions/objectives[0]", "actions/objectives[0]"});
}

TEST_CASE("delete with cascade: owned objects go, references are cleared, and undo restores all",
          "[commands]") {
  Workspace before = fixture();
  RemoveOutcome outcome = remove_objects(before, {ids::objective}, Cascade::cascade, "Objetivo");
  REQUIRE(outcome.command);
  CHECK(outcome.removed == std::set<ObjectId>{ids::objective, ids::kpi});
  Workspace after = do_undo_redo(before, *outcome.command);
  CHECK(after.objectives.empty());
  CHECK(after.kpis.empty());                  // a KPI cannot live without its objective
  CHECK(after.cycles[0].kpi_actuals.empty()); // nor can its actual values
  CHECK(after.actions[0].objectives.empty()); // list entries go
  CHECK(after.context_items[0].objectives.empty());
  CHECK(validate(after).empty());
}

TEST_CASE(
    "deleting an action removes it from dependencies and cycle statuses, keeps frozen history",
    "[commands]") {
  Workspace before = fixture();
  RemoveOutcome outcome = remove_objects(before, {ids::fair}, Cascade::cascade, "Feria");
  REQUIRE(outcome.command);
  Workspace after = do_undo_redo(before, *outcome.command);
  REQUIRE(after.actions.size() == 1);
  CHECK(after.actions[0].depends_on.empty());
  CHECK(after.cycles[0].statuses.empty());
  CHECK(after.cycles[0].frozen_ranking.size() == 1); // history is not a reference
  CHECK(validate(after).empty());
}

TEST_CASE("deleting an actor clears the actions' lead; a TOWS option goes with its item",
          "[commands]") {
  Workspace before = fixture();
  Workspace after =
      do_undo_redo(before, *remove_objects(before, {ids::actor}, Cascade::cascade, "").command);
  CHECK_FALSE(after.actions[0].lead.valid());
  after = do_undo_redo(before,
                       *remove_objects(before, {ids::opportunity}, Cascade::cascade, "").command);
  CHECK(after.tows_options.empty());
  after =
      do_undo_redo(before, *remove_objects(before, {ids::impact}, Cascade::cascade, "").command);
  CHECK(after.comparison.judgements.empty());
  CHECK(after.actions[0].scores.size() == 1);
  CHECK(validate(after).empty());
}

TEST_CASE("move: reorder within a collection", "[commands]") {
  Workspace before = fixture();
  Command command = move_object<Action>(before, ids::mission, 0, "Misión");
  CHECK(command.kind == CommandKind::move);
  Workspace after = do_undo_redo(before, command);
  CHECK(after.actions[0].id.value == ids::mission);
  CHECK(after.actions[1].id.value == ids::fair);
}

TEST_CASE("bulk import: objects get fresh ids and their references follow", "[commands]") {
  Workspace before = fixture();
  Workspace part;
  Indicator indicator;
  indicator.id = {1};
  indicator.name = {"Vuelos internacionales por semana", "International flights per week"};
  indicator.value = 14;
  part.indicators = {indicator};
  part.peers = {{{2}, "Ciudad Importada", "Ecuador", {{{1}, 21}}}};
  Action action;
  action.id = {3};
  action.title = "Acción importada";
  action.axis = {ids::axis}; // an id of the workspace, kept as it is
  part.actions = {action};
  ImportOutcome outcome = import_objects(before, part, "CSV");
  REQUIRE(outcome.command);
  CHECK(outcome.command->kind == CommandKind::import);
  Workspace after = do_undo_redo(before, *outcome.command);
  REQUIRE(after.indicators.size() == 2);
  ObjectId new_indicator = after.indicators[1].id.value;
  CHECK(new_indicator == before.next_id);
  CHECK(after.peers[1].values[0].indicator.value == new_indicator);
  CHECK(after.actions[2].axis.value == ids::axis);
  CHECK(after.next_id == before.next_id + 3);
  CHECK(validate(after).empty());
}

TEST_CASE("a command applied to a state it was not built for is refused", "[commands]") {
  Workspace ws = fixture();
  Command command =
      edit_object<Actor>(ws, ids::actor, "interest", "", [](Actor& a) { a.interest = 1; });
  ws.actors[0].name = "Cambiado por otro camino";
  CHECK_THROWS_AS(apply_changes(ws, command), std::logic_error);
}

// Many random commands, then all undone and all redone: every intermediate
// state comes back exactly. Fixed seed, so a failure reproduces.
TEST_CASE("long random histories undo and redo exactly", "[commands]") {
  std::mt19937 random(20261123);
  Workspace ws = fixture();
  History history;
  std::vector<Workspace> states{ws};
  for (int step = 0; step < 300; ++step) {
    Command command;
    switch (random() % 5) {
    case 0: {
      Action action;
      action.title = "Acción " + std::to_string(step);
      command = add_object(ws, action, action.title, random() % (ws.actions.size() + 1));
      break;
    }
    case 1:
      if (ws.actions.empty()) continue;
      command = edit_object<Action>(
          ws, ws.actions[random() % ws.actions.size()].id.value, "cost", "",
          [&](Action& a) { a.cost_per_year = static_cast<double>(random() % 1000); });
      history.seal();
      break;
    case 2:
      if (ws.actions.empty()) continue;
      command = *remove_objects(ws, {ws.actions[random() % ws.actions.size()].id.value},
                                Cascade::cascade, "")
                     .command;
      break;
    case 3:
      if (ws.actions.empty()) continue;
      command = move_object<Action>(ws, ws.actions[random() % ws.actions.size()].id.value,
                                    random() % ws.actions.size(), "");
      break;
    default: {
      Workspace part;
      part.actors = {
          Actor{{1}, "Actor " + std::to_string(step), ActorType::other, 2, 2, ActorRole::ally, ""}};
      command = *import_objects(ws, part, "").command;
    }
    }
    if (command.empty()) continue;
    std::size_t depth = history.undo_depth();
    history.apply(ws, command);
    if (history.undo_depth() == depth)
      states.back() = ws; // merged into the previous step
    else if (history.undo_depth() > depth)
      states.push_back(ws);
    else
      states.pop_back(); // merged back to where it started: the step is gone
  }
  REQUIRE(history.undo_depth() == states.size() - 1);
  for (std::size_t i = states.size() - 1; i-- > 0;) {
    REQUIRE(history.undo(ws));
    REQUIRE(ws == states[i]);
  }
  for (std::size_t i = 1; i < states.size(); ++i) {
    REQUIRE(history.redo(ws));
    REQUIRE(ws == states[i]);
  }
  CHECK(validate(ws).empty());
}

TEST_CASE("a bulk import with repeated ids or references to nothing is refused", "[commands]") {
  Workspace ws = fixture();
  Workspace part;
  part.objectives = {{{1}, "Objetivo", ""}};
  part.actors = {Actor{{1}, "Actor", ActorType::other, 2, 2, ActorRole::ally, ""}};
  ImportOutcome repeated = import_objects(ws, part, "");
  CHECK_FALSE(repeated.command);
  REQUIRE_FALSE(repeated.problems.empty());
  CHECK(repeated.problems[0].key == "check.id_duplicate");

  Workspace dangling;
  Action action;
  action.id = {1};
  action.title = "Acción";
  action.axis = {999};
  dangling.actions = {action};
  ImportOutcome outcome = import_objects(ws, dangling, "");
  CHECK_FALSE(outcome.command);
  REQUIRE(outcome.problems.size() == 1);
  CHECK(outcome.problems[0].key == "check.reference_dangling");
}

TEST_CASE("moving one element of a long list is one change", "[commands]") {
  Workspace ws;
  for (int i = 0; i < 500; ++i) {
    Actor actor;
    actor.id.value = allocate_id(ws);
    actor.name = "Actor " + std::to_string(i);
    ws.actors.push_back(actor);
  }
  Command command = move_object<Actor>(ws, ws.actors.front().id.value, 499, "");
  CHECK(command.changes.size() == 1);
  Workspace after = do_undo_redo(ws, command);
  CHECK(after.actors.back().name == "Actor 0");
}

// diff() must replay any change of order and content exactly, both ways.
TEST_CASE("diff replays random reorderings, edits, removals and insertions exactly", "[commands]") {
  std::mt19937 random(7);
  for (int round = 0; round < 200; ++round) {
    Workspace before;
    std::size_t n = random() % 12;
    for (std::size_t i = 0; i < n; ++i) {
      Objective objective;
      objective.id.value = allocate_id(before);
      objective.title = "O" + std::to_string(i);
      before.objectives.push_back(objective);
    }
    Workspace after = before;
    std::shuffle(after.objectives.begin(), after.objectives.end(), random);
    std::erase_if(after.objectives, [&](const Objective&) { return random() % 4 == 0; });
    for (Objective& objective : after.objectives)
      if (random() % 3 == 0) objective.description = "cambiada";
    for (std::size_t k = random() % 3; k-- > 0;) {
      Objective added;
      added.id.value = allocate_id(after);
      std::size_t at = random() % (after.objectives.size() + 1);
      after.objectives.insert(after.objectives.begin() + static_cast<std::ptrdiff_t>(at), added);
    }
    Command command = diff(CommandKind::edit, "", before, after);
    Workspace replayed = before;
    apply_changes(replayed, command);
    REQUIRE(replayed == after);
    revert_changes(replayed, command);
    REQUIRE(replayed == before);
  }
}

TEST_CASE("typing and then restoring a field leaves nothing to undo", "[commands]") {
  Workspace ws = fixture();
  History history;
  std::string original = ws.actions[0].title;
  for (std::string title : {std::string("Feria X"), original})
    history.apply(
        ws, edit_object<Action>(ws, ids::fair, "title", "", [&](Action& a) { a.title = title; }));
  CHECK_FALSE(history.can_undo());
  CHECK(ws == fixture());
}

TEST_CASE("a command that does not match changes nothing at all", "[commands]") {
  Workspace ws = fixture();
  Command command = diff(CommandKind::edit, "", ws, [] {
    Workspace changed = fixture();
    changed.vision.text = "Nueva visión";
    changed.actors[0].interest = 1;
    return changed;
  }());
  ws.actors[0].interest = 2; // the second change no longer matches
  Workspace untouched = ws;
  CHECK_THROWS_AS(apply_changes(ws, command), std::logic_error);
  CHECK(ws == untouched);
}

TEST_CASE("the portfolio's limits are edited with undo, and an axis takes its minimum along",
          "[commands]") {
  Workspace before = fixture();
  Workspace after =
      do_undo_redo(before, edit_workspace(before, "budget", "Presupuesto", [](Workspace& w) {
                     w.portfolio.budget_per_year = {1e9, 1.2e9};
                     w.portfolio.axis_minimums = {{{ids::axis}, 1}};
                   }));
  CHECK(after.portfolio.budget_per_year.size() == 2);
  RemoveOutcome outcome = remove_objects(after, {ids::axis}, Cascade::cascade, "Eje");
  REQUIRE(outcome.command);
  Workspace without_axis = do_undo_redo(after, *outcome.command);
  CHECK(without_axis.portfolio.axis_minimums.empty());
  CHECK(validate(without_axis).empty());
}

TEST_CASE("the scoring method is edited with undo and redo, and a dragged value is one step",
          "[commands]") {
  Workspace ws = fixture();
  const Workspace start = ws;
  History history;
  Command command = edit_workspace(ws, "scoring.method", "Método",
                                   [](Workspace& w) { w.scoring.method = RankingMethod::topsis; });
  REQUIRE(command.changes.size() == 1);
  CHECK(std::holds_alternative<SingletonChange<ScoringSettings>>(command.changes[0]));
  history.apply(ws, command);
  CHECK(ws.scoring.method == RankingMethod::topsis);
  for (double v : {0.4, 0.3, 0.2}) // VIKOR's v on a slider
    history.apply(ws, edit_workspace(ws, "scoring.vikor_v", "v",
                                     [&](Workspace& w) { w.scoring.vikor_v = v; }));
  CHECK(history.undo_depth() == 2);
  REQUIRE(history.undo(ws));
  CHECK(ws.scoring.vikor_v == 0.5);
  CHECK(ws.scoring.method == RankingMethod::topsis);
  REQUIRE(history.undo(ws));
  CHECK(ws == start);
  REQUIRE(history.redo(ws));
  CHECK(ws.scoring.method == RankingMethod::topsis);
  REQUIRE(history.redo(ws));
  CHECK(ws.scoring.vikor_v == 0.2);
}

TEST_CASE("a criterion's PROMETHEE preference entry refers to it and goes with it", "[commands]") {
  Workspace before = fixture();
  before.scoring.preferences = {{{ids::impact}, PreferenceShape::linear, 0.5, 1.5, 0},
                                {{ids::cost}, PreferenceShape::u_shape, 1, 0, 0}};
  REQUIRE(validate(before).empty());
  RemoveOutcome refused = remove_objects(before, {ids::cost}, Cascade::refuse_if_referenced, "");
  CHECK_FALSE(refused.command);
  CHECK(std::any_of(refused.referrers.begin(), refused.referrers.end(), [](const RefSite& site) {
    return std::string(site.owner_collection) == "scoring" &&
           site.field == "preferences[1].criterion";
  }));
  RemoveOutcome outcome = remove_objects(before, {ids::cost}, Cascade::cascade, "Costo");
  REQUIRE(outcome.command);
  Workspace after = do_undo_redo(before, *outcome.command);
  REQUIRE(after.scoring.preferences.size() == 1);
  CHECK(after.scoring.preferences[0] == before.scoring.preferences[0]);
  CHECK(validate(after).empty());
}

TEST_CASE("renumbering ids renumbers the criteria named by preference entries", "[commands]") {
  Workspace part = fixture();
  part.scoring.preferences = {{{ids::cost}, PreferenceShape::v_shape, 0, 2, 0}};
  rename_ids(part, {{ids::cost, 40}});
  CHECK(part.criteria[1].id.value == 40);
  CHECK(part.scoring.preferences[0].criterion.value == 40);
}
