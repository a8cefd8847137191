#include "core/messages.h"

#include <algorithm>

namespace rumbo {

namespace {

struct Entry {
  std::string_view key;
  std::string_view es;
  std::string_view en;
};

// Sorted by key (checked by a test) so lookups can bisect.
constexpr Entry kMessages[] = {
    {"action_status.done", "Terminada", "Done"},
    {"action_status.dropped", "Descartada", "Dropped"},
    {"action_status.idea", "Idea", "Idea"},
    {"action_status.planned", "Planeada", "Planned"},
    {"action_status.running", "En ejecución", "Running"},
    {"actor_role.ally", "Aliado", "Ally"},
    {"actor_role.beneficiary", "Beneficiario", "Beneficiary"},
    {"actor_role.funder", "Financiador", "Funder"},
    {"actor_role.lead", "Líder", "Lead"},
    {"actor_role.partner", "Socio", "Partner"},
    {"actor_type.academia", "Academia", "Academia"},
    {"actor_type.civil_society", "Sociedad civil", "Civil society"},
    {"actor_type.international_organisation", "Organismo internacional",
     "International organisation"},
    {"actor_type.local_government", "Gobierno local", "Local government"},
    {"actor_type.national_government", "Gobierno nacional", "National government"},
    {"actor_type.network", "Red", "Network"},
    {"actor_type.other", "Otro", "Other"},
    {"actor_type.other_city", "Otra ciudad", "Other city"},
    {"actor_type.private_sector", "Sector privado", "Private sector"},
    {"asset_kind.airport", "Aeropuerto", "Airport"},
    {"asset_kind.free_trade_zone", "Zona franca", "Free-trade zone"},
    {"asset_kind.industrial_park", "Parque industrial", "Industrial park"},
    {"asset_kind.other", "Otro", "Other"},
    {"asset_kind.port", "Puerto", "Port"},
    {"asset_kind.university", "Universidad", "University"},
    {"asset_kind.venue", "Recinto de eventos", "Venue"},
    {"check.dependency_cycle", "Las dependencias entre acciones forman un ciclo: {0}.",
     "The dependencies between actions form a cycle: {0}."},
    {"check.duplicate_entry", "Esta entrada está repetida.", "This entry is repeated."},
    {"check.end_before_start", "La fecha de fin ({1}) es anterior a la de inicio ({0}).",
     "The end date ({1}) is before the start date ({0})."},
    {"check.id_beyond_counter", "El identificador {0} no es menor que el siguiente libre ({1}).",
     "Id {0} is not below the next free id ({1})."},
    {"check.id_counter", "El contador de identificadores (next_id = {0}) no es válido.",
     "The id counter (next_id = {0}) is not valid."},
    {"check.id_duplicate", "El identificador {0} está repetido.", "Id {0} is used twice."},
    {"check.id_zero", "Falta el identificador del objeto (es 0).",
     "The object has no id (it is 0)."},
    {"check.judgement_scale", "Una comparación por pares debe estar entre 1/9 y 9; es {0}.",
     "A pairwise judgement must be between 1/9 and 9; it is {0}."},
    {"check.judgement_self", "Una comparación por pares compara un criterio consigo mismo.",
     "A pairwise judgement compares a criterion with itself."},
    {"check.maturity_level", "El nivel de madurez debe ser un entero de 0 a 4; es {0}.",
     "The maturity level must be a whole number from 0 to 4; it is {0}."},
    {"check.negative", "«{0}» no puede ser negativo; es {1}.",
     "“{0}” cannot be negative; it is {1}."},
    {"check.no_name", "Falta el nombre o el texto.", "The name or text is missing."},
    {"check.out_of_range", "«{0}» debe estar entre {2} y {3}; es {1}.",
     "“{0}” must be between {2} and {3}; it is {1}."},
    {"check.percent", "El porcentaje debe estar entre 0 y 100; es {0}.",
     "The percentage must be between 0 and 100; it is {0}."},
    {"check.pestel_on_internal",
     "Una categoría PESTEL solo aplica a factores externos (oportunidades y amenazas).",
     "A PESTEL category applies only to external items (opportunities and threats)."},
    {"check.plan_period", "El plan termina ({1}) antes de empezar ({0}).",
     "The plan ends ({1}) before it starts ({0})."},
    {"check.reference_dangling", "Hace referencia a un objeto que no existe (#{0}) en {1}.",
     "Refers to an object that does not exist (#{0}) in {1}."},
    {"check.reference_missing", "Falta la referencia obligatoria a {0}.",
     "The required reference to {0} is missing."},
    {"check.rubric_levels", "La rúbrica debe tener 5 niveles (0 a 4); tiene {0}.",
     "The rubric must have 5 levels (0 to 4); it has {0}."},
    {"check.scale", "La escala va de {0} a {1}: el mínimo debe ser menor que el máximo.",
     "The scale goes from {0} to {1}: the minimum must be below the maximum."},
    {"check.score_out_of_scale",
     "La puntuación {0} está fuera de la escala del criterio ({1} a {2}).",
     "The score {0} is outside the criterion's scale ({1} to {2})."},
    {"check.target_before_baseline",
     "El año de la meta ({1}) es anterior al de la línea base ({0}).",
     "The target year ({1}) is before the baseline year ({0})."},
    {"check.tows_external",
     "El factor externo de una opción TOWS debe ser una oportunidad o una amenaza.",
     "The external item of a TOWS option must be an opportunity or a threat."},
    {"check.tows_internal",
     "El factor interno de una opción TOWS debe ser una fortaleza o una debilidad.",
     "The internal item of a TOWS option must be a strength or a weakness."},
    {"collection.actions", "acciones", "actions"},
    {"collection.actors", "actores", "actors"},
    {"collection.axes", "ejes temáticos", "thematic axes"},
    {"collection.context_items", "factores del diagnóstico", "diagnosis items"},
    {"collection.criteria", "criterios", "criteria"},
    {"collection.cycles", "ciclos de evaluación", "evaluation cycles"},
    {"collection.indicators", "indicadores", "indicators"},
    {"collection.kpis", "indicadores de objetivo", "objective indicators"},
    {"collection.mechanisms", "mecanismos de cooperación", "cooperation mechanisms"},
    {"collection.objectives", "objetivos estratégicos", "strategic objectives"},
    {"collection.partners", "socios potenciales", "candidate partners"},
    {"collection.peers", "ciudades de referencia", "peer cities"},
    {"collection.tows_options", "opciones estratégicas (TOWS)", "strategic options (TOWS)"},
    {"command.add", "Añadir", "Add"},
    {"command.delete", "Eliminar", "Delete"},
    {"command.edit", "Editar", "Edit"},
    {"command.import", "Importar", "Import"},
    {"command.move", "Mover", "Move"},
    {"command.refused_referenced", "No se puede eliminar: otros objetos lo usan ({0}).",
     "Cannot delete: other objects use it ({0})."},
    {"criterion_kind.benefit", "Beneficio (más es mejor)", "Benefit (more is better)"},
    {"criterion_kind.cost", "Costo (menos es mejor)", "Cost (less is better)"},
    {"dimension.connectivity", "Conectividad e infraestructura", "Connectivity and infrastructure"},
    {"dimension.cooperation_experience", "Experiencia en cooperación", "Cooperation experience"},
    {"dimension.economic_base", "Base económica", "Economic base"},
    {"dimension.institutional_capacity", "Capacidad institucional", "Institutional capacity"},
    {"dimension.international_positioning", "Posicionamiento internacional",
     "International positioning"},
    {"dimension.knowledge_lobbying", "Conocimiento y gestión (lobby)", "Knowledge and lobbying"},
    {"dimension.participation", "Participación y comunicación", "Participation and communication"},
    {"dimension.strategic_framework", "Marco estratégico", "Strategic framework"},
    {"direction.higher_is_better", "Más es mejor", "Higher is better"},
    {"direction.lower_is_better", "Menos es mejor", "Lower is better"},
    {"field.area_km2", "Área (km²)", "Area (km²)"},
    {"field.baseline_year", "Año de la línea base", "Baseline year"},
    {"field.cost_per_year", "Costo por año", "Cost per year"},
    {"field.external_funding", "Financiación externa", "External funding"},
    {"field.gdp_per_capita", "PIB per cápita", "GDP per capita"},
    {"field.impact", "Impacto", "Impact"},
    {"field.influence", "Influencia", "Influence"},
    {"field.interest", "Interés", "Interest"},
    {"field.likelihood", "Probabilidad o urgencia", "Likelihood or urgency"},
    {"field.plan_end_year", "Año de fin del plan", "Plan end year"},
    {"field.plan_start_year", "Año de inicio del plan", "Plan start year"},
    {"field.population", "Población", "Population"},
    {"field.risk", "Riesgo", "Risk"},
    {"field.staff_effort", "Dedicación de personal", "Staff effort"},
    {"field.target_year", "Año de la meta", "Target year"},
    {"field.weight", "Peso", "Weight"},
    {"field.year", "Año", "Year"},
    {"fit.languages_none", "No comparte idioma con la ciudad.",
     "Shares no language with the city."},
    {"fit.languages_shared", "Comparte idioma con la ciudad: {0}.",
     "Shares a language with the city: {0}."},
    {"fit.mechanisms", "Ofrece el mecanismo de {0} de las {1} acciones con mecanismo.",
     "Offers the mechanism of {0} of the {1} actions that name one."},
    {"fit.region_any", "Región: sin preferencia para una ciudad del norte global.",
     "Region: no preference for a city in the global north."},
    {"fit.region_north_city", "Ciudad del norte global: cooperación norte-sur.",
     "A city in the global north: north-south cooperation."},
    {"fit.region_south_south", "Sur global: cooperación sur-sur.",
     "Global south: south-south cooperation."},
    {"fit.region_triangular", "Actor del norte global: puede apoyar una cooperación triangular.",
     "A global-north actor: can support triangular cooperation."},
    {"fit.relation", "Relación actual: {0}.", "Current relation: {0}."},
    {"fit.themes",
     "Trabaja {0} de los {1} ejes con acciones de la ciudad ({2} % de sus prioridades).",
     "Works on {0} of the {1} axes with city actions ({2} % of its priorities)."},
    {"global_region.north", "Norte global", "Global North"},
    {"global_region.south", "Sur global", "Global South"},
    {"index.bad_goalposts",
     "Los límites (mínimo y máximo) de «{0}» faltan o no son válidos: el mínimo debe ser menor que "
     "el máximo.",
     "The goalposts (minimum and maximum) of “{0}” are missing or not valid: the minimum must be "
     "below the maximum."},
    {"index.bad_group_weight", "El peso del grupo «{0}» no es un número válido no negativo.",
     "The weight of group “{0}” is not a valid non-negative number."},
    {"index.bad_row_count", "Se esperaban {0} filas de valores (una por unidad) y hay {1}.",
     "Expected {0} rows of values (one per unit), found {1}."},
    {"index.bad_row_length",
     "La fila de «{0}» debe tener {1} valores (uno por indicador) y tiene {2}.",
     "The row of “{0}” must have {1} values (one per indicator); it has {2}."},
    {"index.bad_samples", "El número de simulaciones debe estar entre 1 y {0}.",
     "The number of samples must be between 1 and {0}."},
    {"index.bad_scale", "La escala debe ser 1 o 100.", "The scale must be 1 or 100."},
    {"index.bad_target", "La meta de «{0}» debe ser un número positivo.",
     "The target of “{0}” must be a positive number."},
    {"index.bad_weight", "El peso de «{0}» no es un número válido no negativo.",
     "The weight of “{0}” is not a valid non-negative number."},
    {"index.bad_weight_spread", "La variación de los pesos debe estar entre 0 y 1.",
     "The weight spread must be between 0 and 1."},
    {"index.constant_indicator",
     "Todas las unidades tienen el mismo valor en «{0}»: este indicador no las diferencia.",
     "Every unit has the same value of “{0}”: this indicator does not tell them apart."},
    {"index.duplicate_group", "El grupo «{0}» aparece dos veces en los pesos de grupo.",
     "Group “{0}” appears twice in the group weights."},
    {"index.duplicate_indicator", "El indicador «{0}» está repetido.",
     "Indicator “{0}” is repeated."},
    {"index.duplicate_unit", "La unidad «{0}» está repetida.", "Unit “{0}” is repeated."},
    {"index.indicator_without_values", "El indicador «{0}» no tiene ningún valor.",
     "Indicator “{0}” has no value at all."},
    {"index.log_needs_positive",
     "La escala logarítmica de «{0}» necesita valores y límites mayores que cero.",
     "The logarithmic scale of “{0}” needs values and goalposts above zero."},
    {"index.minmax_rescaled_for_geometric",
     "Los valores min–max van aquí de 1 a 100 en lugar de 0 a 100: una media geométrica con un "
     "cero vale cero, y una ciudad última en un solo indicador obtendría cero en total.",
     "Min–max values run from 1 to 100 here instead of 0 to 100: a geometric mean with a zero is "
     "zero, so a city last on a single indicator would score zero overall."},
    {"index.missing_group_weight", "Falta el peso del grupo «{0}».",
     "The weight of group “{0}” is missing."},
    {"index.missing_target", "La distancia a la meta necesita una meta para «{0}».",
     "Distance to target needs a target for “{0}”."},
    {"index.no_indicators", "No hay indicadores.", "There are no indicators."},
    {"index.no_model_choices",
     "No hay ninguna combinación válida de normalización y agregación para simular.",
     "There is no valid combination of normalisation and aggregation to sample."},
    {"index.no_units", "No hay unidades (ciudades) que comparar.",
     "There are no units (cities) to compare."},
    {"index.not_finite", "El valor de «{1}» para «{0}» no es un número finito.",
     "The value of “{1}” for “{0}” is not a finite number."},
    {"index.out_of_range", "El valor de «{1}» para «{0}» es demasiado grande.",
     "The value of “{1}” for “{0}” is too large."},
    {"index.too_many_indicators", "Hay más de {0} indicadores.",
     "There are more than {0} indicators."},
    {"index.too_many_units", "Hay más de {0} unidades.", "There are more than {0} units."},
    {"index.unit_without_values", "«{0}» no tiene ningún valor en los indicadores con peso.",
     "“{0}” has no value in the weighted indicators."},
    {"index.unknown_group", "El grupo «{0}» de los pesos de grupo no existe.",
     "Group “{0}” of the group weights does not exist."},
    {"index.zero_group_weights", "Los pesos de los grupos suman cero.",
     "The group weights add up to zero."},
    {"index.zero_weights", "Los pesos del grupo «{0}» suman cero.",
     "The weights of group “{0}” add up to zero."},
    {"index.zscore_geometric",
     "Los puntajes z pueden ser negativos y no admiten una media geométrica: elija otra "
     "normalización o una media aritmética.",
     "z-scores can be negative and do not allow a geometric mean: choose another normalisation or "
     "an arithmetic mean."},
    {"indicator_kind.maturity", "Nivel de madurez (0 a 4)", "Maturity level (0 to 4)"},
    {"indicator_kind.measured", "Valor medido", "Measured value"},
    {"json.bad_encoding", "hay texto que no es UTF-8 válido", "some text is not valid UTF-8"},
    {"json.bad_escape",
     "un texto tiene un carácter de control (tabulador, salto de línea) o una secuencia de escape "
     "(\\) no válida",
     "a text has a control character (tab, line break) or an invalid escape sequence (\\)"},
    {"json.bad_number", "hay un número mal escrito o demasiado grande",
     "a number is malformed or too large"},
    {"json.empty", "el archivo está vacío", "the file is empty"},
    {"json.missing_colon", "falta «:» entre un nombre y su valor",
     "a “:” is missing between a name and its value"},
    {"json.missing_comma_array", "falta «,» o «]» en una lista",
     "a “,” or “]” is missing in a list"},
    {"json.missing_comma_object", "falta «,» o «}» en un objeto",
     "a “,” or “}” is missing in an object"},
    {"json.missing_name", "falta el nombre de un campo (entre comillas)",
     "a field name (in quotes) is missing"},
    {"json.nul_in_text", "un texto contiene el carácter nulo (\\u0000)",
     "a text contains the null character (\\u0000)"},
    {"json.syntax", "hay un error de sintaxis", "there is a syntax error"},
    {"json.too_deep", "tiene más de {0} niveles de anidamiento",
     "is nested more than {0} levels deep"},
    {"json.trailing", "hay contenido después del final del documento",
     "there is content after the end of the document"},
    {"json.unterminated_string", "un texto no tiene comillas de cierre",
     "a text has no closing quote"},
    {"language.en", "Inglés", "English"},
    {"language.es", "Español", "Spanish"},
    {"load.bad_boolean", "Un valor de sí/no no es 0 ni 1.", "A yes/no value is neither 0 nor 1."},
    {"load.bad_date", "«{0}» no es una fecha válida (se espera AAAA-MM-DD).",
     "“{0}” is not a valid date (YYYY-MM-DD expected)."},
    {"load.bad_format_version", "La versión de formato del archivo no es válida.",
     "The file's format version is not valid."},
    {"load.checksum", "El archivo está dañado: su suma de verificación (CRC-32) no coincide.",
     "The file is damaged: its checksum (CRC-32) does not match."},
    {"load.empty", "El archivo está vacío.", "The file is empty."},
    {"load.invalid", "El archivo tiene {0} error(es) de integridad. El primero:",
     "The file has {0} integrity error(s). The first one:"},
    {"load.list_too_long", "Una lista tiene más de {0} elementos.",
     "A list has more than {0} items."},
    {"load.missing_field", "Falta un campo obligatorio.", "A required field is missing."},
    {"load.newer_format",
     "El archivo usa la versión {0} del formato (creado con Rumbo {1}); esta versión de Rumbo "
     "({3}) lee hasta la {2}. Actualice Rumbo para abrirlo.",
     "The file uses format version {0} (made with Rumbo {1}); this Rumbo ({3}) reads up to version "
     "{2}. Update Rumbo to open it."},
    {"load.newer_object_version",
     "Un objeto tiene la versión {0}, más nueva que la que conoce esta versión de Rumbo ({1}).",
     "An object has version {0}, newer than this Rumbo knows ({1})."},
    {"load.not_finite", "Un número no es finito (infinito o NaN).",
     "A number is not finite (infinity or NaN)."},
    {"load.not_workspace", "No es un archivo de estrategia de Rumbo.",
     "This is not a Rumbo strategy file."},
    {"load.number_out_of_range", "Un número entero está fuera del rango permitido.",
     "A whole number is out of the allowed range."},
    {"load.optional_too_long", "Un valor opcional debe ser [] o [número].",
     "An optional value must be [] or [number]."},
    {"load.syntax", "El archivo no es JSON válido: {0}.", "The file is not valid JSON: {0}."},
    {"load.text_not_utf8", "Un texto no es UTF-8 válido.", "A text is not valid UTF-8."},
    {"load.text_too_long", "Un texto tiene más de {0} bytes.", "A text is longer than {0} bytes."},
    {"load.too_large", "El archivo ocupa {0} KiB; el máximo es {1} KiB.",
     "The file is {0} KiB; the maximum is {1} KiB."},
    {"load.trailing_bytes", "El archivo tiene datos de más después del final.",
     "The file has extra data after its end."},
    {"load.truncated", "El archivo está incompleto (cortado).",
     "The file is incomplete (cut short)."},
    {"load.unknown_word", "«{0}» no es un valor permitido; se espera uno de: {1}.",
     "“{0}” is not an allowed value; expected one of: {1}."},
    {"load.unreadable", "No se pudo leer el archivo.", "The file could not be read."},
    {"load.wrong_type", "Un valor no tiene el tipo correcto.", "A value has the wrong type."},
    {"partner_kind.city", "Ciudad", "City"},
    {"partner_kind.funder", "Financiador", "Funder"},
    {"partner_kind.network", "Red de ciudades", "Network of cities"},
    {"partner_kind.organisation", "Organización", "Organisation"},
    {"pestel.economic", "Económico", "Economic"},
    {"pestel.environmental", "Ambiental", "Environmental"},
    {"pestel.legal", "Legal", "Legal"},
    {"pestel.none", "Sin categoría", "No category"},
    {"pestel.political", "Político", "Political"},
    {"pestel.social", "Social", "Social"},
    {"pestel.technological", "Tecnológico", "Technological"},
    {"quadrant.opportunity", "Oportunidad", "Opportunity"},
    {"quadrant.strength", "Fortaleza", "Strength"},
    {"quadrant.threat", "Amenaza", "Threat"},
    {"quadrant.weakness", "Debilidad", "Weakness"},
    {"relation.active_project", "Proyecto activo", "Active project"},
    {"relation.agreement", "Convenio firmado", "Signed agreement"},
    {"relation.contact", "Contacto", "Contact"},
    {"relation.none", "Ninguna", "None"},
    {"scoring.ahp.alternatives_mismatch",
     "Una matriz de alternativas compara otro número de alternativas.",
     "An alternatives matrix compares a different number of alternatives."},
    {"scoring.ahp.criteria_mismatch", "Hace falta una matriz de alternativas por criterio.",
     "One alternatives matrix per criterion is needed."},
    {"scoring.ahp.diagonal_not_one", "La diagonal de una matriz de comparaciones debe valer 1.",
     "The diagonal of a pairwise matrix must be 1."},
    {"scoring.ahp.duplicate_judgement", "El mismo par se comparó dos veces.",
     "The same pair was judged twice."},
    {"scoring.ahp.empty", "La matriz de comparaciones está vacía.",
     "The pairwise matrix is empty."},
    {"scoring.ahp.incomplete",
     "Faltan comparaciones por pares: complete todas antes de calcular los pesos.",
     "Some pairwise judgements are missing: complete them all before computing the weights."},
    {"scoring.ahp.index_out_of_range", "Una comparación nombra un elemento que no existe.",
     "A judgement names an element that does not exist."},
    {"scoring.ahp.invalid_participant_weight",
     "El peso de un participante no es válido (negativo, no finito, o todos cero).",
     "A participant's weight is not valid (negative, not finite, or all zero)."},
    {"scoring.ahp.no_participants", "No hay matrices de participantes.",
     "There are no participants' matrices."},
    {"scoring.ahp.not_converged", "El cálculo de los pesos no convergió.",
     "The weight computation did not converge."},
    {"scoring.ahp.not_finite", "Un valor de la matriz no es un número finito.",
     "A value of the matrix is not a finite number."},
    {"scoring.ahp.not_positive", "Los valores de una matriz de comparaciones deben ser positivos.",
     "The values of a pairwise matrix must be positive."},
    {"scoring.ahp.not_reciprocal", "La matriz no es recíproca: a(i,j) × a(j,i) debe valer 1.",
     "The matrix is not reciprocal: a(i,j) × a(j,i) must be 1."},
    {"scoring.ahp.not_square", "La matriz de comparaciones no es cuadrada.",
     "The pairwise matrix is not square."},
    {"scoring.ahp.out_of_range", "Un valor de la matriz es demasiado grande o demasiado pequeño.",
     "A value of the matrix is too large or too small."},
    {"scoring.ahp.participant_weights_mismatch", "Hace falta un peso por participante.",
     "One weight per participant is needed."},
    {"scoring.ahp.self_comparison", "Una comparación compara un elemento consigo mismo.",
     "A judgement compares an element with itself."},
    {"scoring.ahp.size_mismatch", "Las matrices de los participantes no tienen el mismo tamaño.",
     "The participants' matrices are not the same size."},
    {"scoring.ahp.too_large", "Una matriz de comparaciones admite hasta 15 elementos.",
     "A pairwise matrix takes at most 15 elements."},
    {"scoring.ahp.too_many_participants", "Hay demasiados participantes (máximo 500).",
     "There are too many participants (at most 500)."},
    {"scoring.bad_thresholds",
     "Los umbrales de preferencia no son válidos: deben ser números no negativos con q ≤ p.",
     "The preference thresholds are not valid: they must be non-negative numbers with q ≤ p."},
    {"scoring.bad_value", "Un valor de la matriz de decisión no es un número finito.",
     "A value of the decision matrix is not a finite number."},
    {"scoring.bad_vikor_v", "El parámetro v de VIKOR debe estar entre 0 y 1.",
     "VIKOR's v parameter must be between 0 and 1."},
    {"scoring.bad_weights", "Los pesos deben ser números no negativos y no todos cero.",
     "The weights must be non-negative numbers, not all zero."},
    {"scoring.empty_problem", "No hay alternativas o criterios que comparar.",
     "There are no alternatives or criteria to compare."},
    {"scoring.group.all_tied",
     "Todos los participantes empataron todos los elementos: la concordancia no está definida.",
     "Every participant tied every item: agreement is undefined."},
    {"scoring.group.negative_weight", "Un peso directo es negativo.",
     "A direct weight is negative."},
    {"scoring.group.no_items", "No hay elementos que valorar.", "There are no items to rate."},
    {"scoring.group.no_participants", "No hay participantes.", "There are no participants."},
    {"scoring.group.not_finite", "Un valor no es un número finito.",
     "A value is not a finite number."},
    {"scoring.group.not_rectangular", "Cada participante debe dar un valor por elemento.",
     "Each participant must give one value per item."},
    {"scoring.group.too_few_items", "La concordancia necesita al menos 2 elementos.",
     "Agreement needs at least 2 items."},
    {"scoring.group.too_few_participants", "La concordancia necesita al menos 2 participantes.",
     "Agreement needs at least 2 participants."},
    {"scoring.group.too_many_items", "Hay demasiados elementos (máximo 1000).",
     "There are too many items (at most 1000)."},
    {"scoring.group.too_many_participants", "Hay demasiados participantes (máximo 1000).",
     "There are too many participants (at most 1000)."},
    {"scoring.group.zero_weights", "Un participante dio peso cero a todos los criterios.",
     "A participant gave every criterion zero weight."},
    {"scoring.matrix_size", "La matriz de decisión debe tener un valor por alternativa y criterio.",
     "The decision matrix must have one value per alternative and criterion."},
    {"scoring.out_of_range", "Un valor de la matriz de decisión es demasiado grande.",
     "A value of the decision matrix is too large."},
    {"scoring.unknown_method", "Método de priorización desconocido.", "Unknown ranking method."},
    {"scoring.wpm_non_positive", "El producto ponderado (WPM) necesita valores mayores que cero.",
     "The weighted product (WPM) needs values above zero."},
    {"tows.so", "FO (fortaleza–oportunidad)", "SO (strength–opportunity)"},
    {"tows.st", "FA (fortaleza–amenaza)", "ST (strength–threat)"},
    {"tows.wo", "DO (debilidad–oportunidad)", "WO (weakness–opportunity)"},
    {"tows.wt", "DA (debilidad–amenaza)", "WT (weakness–threat)"},
    {"type.array", "una lista", "a list"},
    {"type.nothing", "nada (el campo no está)", "nothing (the field is absent)"},
    {"type.null", "null", "null"},
    {"type.number", "un número", "a number"},
    {"type.object", "un objeto", "an object"},
    {"type.text", "un texto", "a text"},
    {"type.true_false", "true o false", "true or false"},
    {"type.whole_number", "un número entero", "a whole number"},
    {"where.expected", "Se esperaba {0}.", "Expected {0}."},
    {"where.expected_found", "Se esperaba {0} y se encontró {1}.", "Expected {0}, found {1}."},
    {"where.line", "(línea {0}, columna {1})", "(line {0}, column {1})"},
    {"where.matrix_entry", "(matriz {0}, fila {1}, columna {2})",
     "(matrix {0}, row {1}, column {2})"},
    {"where.path", "En {0}:", "At {0}:"},
};

const Entry* lookup(std::string_view key) {
  auto it = std::lower_bound(std::begin(kMessages), std::end(kMessages), key,
                             [](const Entry& e, std::string_view k) { return e.key < k; });
  return it != std::end(kMessages) && it->key == key ? it : nullptr;
}

std::string join(std::initializer_list<std::string> parts) {
  std::string out;
  for (const std::string& part : parts) {
    if (part.empty()) continue;
    if (!out.empty()) out += ' ';
    out += part;
  }
  return out;
}

} // namespace

bool has_message(std::string_view key) { return lookup(key) != nullptr; }

std::vector<std::string_view> message_keys() {
  std::vector<std::string_view> keys;
  for (const Entry& e : kMessages)
    keys.push_back(e.key);
  return keys;
}

std::string message(std::string_view key, Language language, const std::vector<std::string>& args) {
  const Entry* entry = lookup(key);
  if (!entry) return std::string(key);
  std::string_view pattern = language == Language::es ? entry->es : entry->en;
  std::string out;
  for (std::size_t i = 0; i < pattern.size(); ++i) {
    if (pattern[i] == '{' && i + 2 < pattern.size() && pattern[i + 2] == '}' &&
        pattern[i + 1] >= '0' && pattern[i + 1] <= '9') {
      std::size_t n = static_cast<std::size_t>(pattern[i + 1] - '0');
      if (n < args.size())
        out +=
            !args[n].empty() && args[n][0] == '@' ? message(args[n].substr(1), language) : args[n];
      i += 2;
    } else {
      out += pattern[i];
    }
  }
  return out;
}

std::string describe(const LoadError& error, Language language) {
  std::string what =
      error.key.rfind("json.", 0) == 0
          ? message("load.syntax", language, {message(error.key, language, error.args)})
          : message(error.key, language, error.args);
  std::string where = error.line
                          ? message("where.line", language,
                                    {std::to_string(error.line), std::to_string(error.column)})
                          : std::string();
  std::string path =
      error.path.empty() ? std::string() : message("where.path", language, {error.path});
  std::string types;
  if (!error.expected.empty() && !error.found.empty())
    types = message("where.expected_found", language, {"@" + error.expected, "@" + error.found});
  else if (!error.expected.empty())
    types = message("where.expected", language, {"@" + error.expected});
  std::string detail = error.detail_key.empty()
                           ? std::string()
                           : message(error.detail_key, language, error.detail_args);
  // "The file has N errors. The first one: At actions[0].lead: ..." when
  // there is a detail; otherwise the place comes first.
  if (!detail.empty()) return join({what, path, detail});
  return join({path, what, where, types});
}

std::string describe(const Finding& finding, Language language) {
  return join(
      {finding.path.empty() ? std::string() : message("where.path", language, {finding.path}),
       message(finding.key, language, finding.args)});
}

} // namespace rumbo
