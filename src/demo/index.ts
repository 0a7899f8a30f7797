// Public face of src/demo: the incident day (what `npm start` runs).
export {
  runIncidentDay,
  judge,
  IncidentDayError,
  type ApiAction,
  type ApiDecision,
  type IncidentDayEvent,
  type IncidentDayOptions,
  type IncidentDaySummary,
  type IncidentName,
  type IncidentResult,
} from "./incident-day.js";
