import './providers';

export { loadClientStatuses, registerClientStatus } from './registry';
export type { ClientStatus, ClientStatusProvider, ClientStatusTable } from './registry';
