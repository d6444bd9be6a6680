export { LbListPage } from './LbListPage';
export { CreateLbPage } from './CreateLbPage';
export { IpListPage } from './IpListPage';
export { SubscriberListPage } from './SubscriberListPage';
export { LbDetailPage } from './LbDetailPage';
