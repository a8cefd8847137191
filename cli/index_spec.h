#pragma once

// The description of a composite index in JSON (docs/scoring.md, "Composite
// index"): its indicators, groups and choices. `rumbo-cli index` reads it
// with the values inline (INDICATORS.json) or beside a CSV of the values
// (DATA.csv --spec INDICATORS.json).

#include "cli/json_io.h"
#include "core/scoring/composite_index.h"

namespace rumbo::cli {

// Everything but the units and their values.
scoring::IndexProblem read_index_spec(const rapidjson::Value& root);

// The spec with "units" and "values".
scoring::IndexProblem read_index_problem(const rapidjson::Value& root);

// "uncertainty": {"samples", "seed", "weight_spread", "normalisations",
// "aggregations"}; when absent or partly given, the readiness screen's
// choices (scoring::readiness_uncertainty_options) with 10,000 samples.
inline constexpr std::size_t kDefaultIndexSamples = 10000;
inline constexpr std::size_t kMaxIndexSamples = 100000;
scoring::UncertaintyOptions read_uncertainty(const rapidjson::Value& root);

} // namespace rumbo::cli
