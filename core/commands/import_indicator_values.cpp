#include "core/commands/import_indicator_values.h"

#include "core/commands/edits.h"

#include <algorithm>
#include <map>

namespace rumbo {

Command import_indicator_values(const Workspace& ws, const IndicatorCsvPreview& preview,
                                std::string subject) {
  return transaction(ws, CommandKind::import, std::move(subject), [&](Workspace& after) {
    std::map<std::string, ObjectId> created;
    for (const IndicatorCsvValue& v : preview.values) {
      const bool own = !v.peer.value && v.new_city.empty();
      if (own) {
        Indicator* indicator = find_by_id(after.indicators, v.indicator.value);
        if (!indicator) continue;
        indicator->value = v.value;
        if (v.year) indicator->year = *v.year;
        if (!v.source.empty()) indicator->source = v.source;
        continue;
      }
      if (!v.peer.value && !created.count(v.new_city)) {
        PeerCity city;
        city.name = v.new_city;
        city.id.value = allocate_id(after);
        created[v.new_city] = city.id.value;
        after.peers.push_back(std::move(city));
      }
      PeerCity* peer = find_by_id(after.peers, v.peer.value ? v.peer.value : created[v.new_city]);
      if (!peer) continue;
      auto existing = std::find_if(peer->values.begin(), peer->values.end(),
                                   [&](const PeerValue& p) { return p.indicator == v.indicator; });
      if (existing != peer->values.end())
        existing->value = v.value;
      else
        peer->values.push_back({v.indicator, v.value});
    }
  });
}

} // namespace rumbo
