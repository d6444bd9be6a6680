// The shared clock moved to src/lib (the overview ticks with it too); re-exported for the device pages.
export { tickerListenerCount, useNow } from '../../../lib/use-now';
