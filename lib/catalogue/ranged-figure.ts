import type { RANGE_PATHS } from "./catalogue-vocabulary";

type RangePath = (typeof RANGE_PATHS)[number];

/** The offer fields that may carry a low–high range (offer.ranges keys), as an offer or a raw offer file holds them. */
export type RangedFigures = {
  price: { perAcceleratorHour: number };
  storage: { pricePerTbMonth: number };
  egress: { pricePerTb: number };
  leadTimeDays: number;
  queueWaitDays: number;
  maxAccelerators: number;
};

/** The same fields as an offer file holds them before parsing (queueWaitDays defaults to 0 when absent). */
type RawRangedFigures = Omit<RangedFigures, "queueWaitDays"> & { queueWaitDays?: number };

type Lens = { read: (offer: RangedFigures) => number; write: (offer: RawRangedFigures, value: number) => void };

/**
 * Where each rangeable figure sits in an offer, one entry per range path (the type makes the
 * table complete): the schema checks a figure against its range through `read`, the price-sheet
 * import writes a new figure through `write`.
 */
const RANGED_FIGURES: Record<RangePath, Lens> = {
  "price.perAcceleratorHour": { read: (o) => o.price.perAcceleratorHour, write: (o, v) => void (o.price.perAcceleratorHour = v) },
  "storage.pricePerTbMonth": { read: (o) => o.storage.pricePerTbMonth, write: (o, v) => void (o.storage.pricePerTbMonth = v) },
  "egress.pricePerTb": { read: (o) => o.egress.pricePerTb, write: (o, v) => void (o.egress.pricePerTb = v) },
  leadTimeDays: { read: (o) => o.leadTimeDays, write: (o, v) => void (o.leadTimeDays = v) },
  queueWaitDays: { read: (o) => o.queueWaitDays, write: (o, v) => void (o.queueWaitDays = v) },
  maxAccelerators: { read: (o) => o.maxAccelerators, write: (o, v) => void (o.maxAccelerators = v) },
};

/** The point value of a rangeable figure (the value its range must contain). */
export const rangedFigureValue = (offer: RangedFigures, path: RangePath): number => RANGED_FIGURES[path].read(offer);

/** Sets a rangeable figure in place, on an offer the caller owns (a copy being edited). */
export const setRangedFigure = (offer: RawRangedFigures, path: RangePath, value: number): void => RANGED_FIGURES[path].write(offer, value);
