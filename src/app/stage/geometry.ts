// The stage's measures, in SVG user units (the SVG scales to the space it gets).
export const STAGE_WIDTH = 1200;
export const MARGIN = 16;
export const PRODUCER = { width: 132, height: 52 };
/** The consumer groups' column on the right. */
export const GROUP_COLUMN = 280;
export const TOPIC_HEADER = 30;
export const ROW = 44;
/** A line under a partition's strip for each group reading it. */
export const READER_LINE = 16;
export const CELL = { width: 30, height: 28, gap: 3 };
/** The replica chips between a partition's name and its log. */
export const REPLICA = { width: 30, height: 20, gap: 4 };

export interface Box {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}
