// Leases that let several autopilot replicas share the watched environments (or services).
export {
  environmentLease,
  environmentOfLease,
  LeaseError,
  LeaseManager,
  type LeaseManagerOptions,
  type LeaseRow,
  serviceLease,
} from "./lease-manager.js";
