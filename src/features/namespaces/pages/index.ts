// One lazy module for the area's pages: fewer chunk boundaries against the first route's chunks (see routes.tsx).
export { ConfigurationPage } from './ConfigurationPage';
export { NamespaceListPage } from './NamespaceListPage';
export { NamespacePage } from './NamespacePage';
