# Inputs at the size limits of the method commands, written at configure time
# into LIMITS (a folder of the build): each at its limit and one past it. The
# answers they must give are worked out by hand in tests/cli/CMakeLists.txt.

function(write_limit name text)
  file(WRITE "${LIMITS}/${name}" "${text}")
endfunction()

# n copies of `item` separated by commas.
function(repeat_list out item n)
  math(EXPR rest "${n} - 1")
  string(REPEAT "${item}," ${rest} head)
  set(${out} "${head}${item}" PARENT_SCOPE)
endfunction()

# Portfolio: 1000 actions of value 1 and cost 1 with a budget of 500 (the best
# takes any 500 of them: 500); 1001 actions; 51 years.
repeat_list(actions [=[{"name": "Street lighting", "value": 1, "cost": [1]}]=] 1000)
write_limit(portfolio-1000-actions.json "{\"budget\": [500], \"actions\": [${actions}]}")
repeat_list(actions [=[{"name": "Street lighting", "value": 1, "cost": [1]}]=] 1001)
write_limit(portfolio-1001-actions.json "{\"budget\": [500], \"actions\": [${actions}]}")
repeat_list(years "10" 51)
write_limit(portfolio-51-years.json
  "{\"budget\": [${years}], \"actions\": [{\"name\": \"Park\", \"value\": 1, \"cost\": [${years}]}]}")

# Group: 1000 participants who all score 1000 items 1, 2, ..., 1000 (the same
# order: W = 1); 1001 participants; 1001 items.
set(row "1")
foreach(i RANGE 2 1000)
  string(APPEND row ",${i}")
endforeach()
repeat_list(table "[${row}]" 1000)
write_limit(group-1000x1000.json "{\"scores\": [${table}]}")
repeat_list(table "[1,2]" 1001)
write_limit(group-1001-participants.json "{\"scores\": [${table}]}")
write_limit(group-1001-items.json "{\"scores\": [[${row},1001], [${row},1001]]}")

# Sensitivity: alternative 0 = (1, 0) against 999 = (0.5, 0.5), weights 0.6
# and 0.4; it stays first while the first weight t >= 0.5 (t >= 0.5 t + 0.5
# (1 - t) ... = 0.5): [0.5, 1].
repeat_list(names "\"Other\"" 999)
repeat_list(rows "[0.5, 0.5]" 999)
set(criteria [=["criteria": [{"name": "first", "weight": 0.6}, {"name": "second", "weight": 0.4}]]=])
write_limit(sensitivity-1000-alternatives.json
  "{\"alternatives\": [\"Best\", ${names}], ${criteria}, \"matrix\": [[1, 0], ${rows}], \"stability\": {\"top\": 1}}")
write_limit(sensitivity-1001-alternatives.json
  "{\"alternatives\": [\"Best\", \"Extra\", ${names}], ${criteria}, \"matrix\": [[1, 0], [0, 1], ${rows}], \"stability\": {\"top\": 1}}")
# 1000 alternatives x 3 criteria x 1,000,000 samples = 3e9 values: past the 2e9 of work.
repeat_list(rows "[0.5, 0.5, 0.5]" 999)
write_limit(sensitivity-too-much-work.json
  "{\"alternatives\": [\"Best\", ${names}], \"criteria\": [{\"name\": \"a\", \"weight\": 1}, {\"name\": \"b\", \"weight\": 1}, {\"name\": \"c\", \"weight\": 1}], \"matrix\": [[1, 0, 0], ${rows}], \"acceptability\": {\"samples\": 1000000}}")
# The worked example of the stability section with 1,000,000 uniform weight
# samples (the limit) and one more.
set(wsm [=["alternatives": ["A", "B", "C"], "criteria": [{"name": "first", "weight": 0.6}, {"name": "second", "weight": 0.4}], "matrix": [[0.9, 0.2], [0.3, 0.8], [0.5, 0.45]]]=])
write_limit(sensitivity-1000000-samples.json
  "{${wsm}, \"acceptability\": {\"samples\": 1000000, \"weights\": \"uniform\"}}")
write_limit(sensitivity-1000001-samples.json
  "{${wsm}, \"acceptability\": {\"samples\": 1000001, \"weights\": \"uniform\"}}")

# Weights: 20000 criteria (the limit of a list) and 20001.
write_limit(weights-equal-20000.json "{\"method\": \"equal\", \"count\": 20000}")
write_limit(weights-equal-20001.json "{\"method\": \"equal\", \"count\": 20001}")
repeat_list(ranks "1" 20001)
write_limit(weights-roc-20001.json "{\"method\": \"roc\", \"ranks\": [${ranks}]}")
