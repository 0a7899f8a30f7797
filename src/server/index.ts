export {
  type ApiLogEntry,
  type ApiServer,
  type ApiServerOptions,
  type DoraView,
  createApiServer,
  type GeneratedFix,
  type ListeningApi,
} from "./api-server.js";
export {
  bearerToken,
  generateSecret,
  InsecureListenError,
  isLoopbackHost,
  ListenAddressError,
  parseListenAddress,
  resolveApiToken,
  secretsEqual,
} from "./auth.js";
export { createResponseRedactor, type Redactor } from "./response-redactor.js";
export { CSRF_HEADER, SESSION_COOKIE } from "./sessions.js";
