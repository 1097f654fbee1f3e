export { detectPlatform } from './detect.ts';
export { deviceGuidance, touchGuidance, touchGuidanceText } from './guidance.ts';
export type { DetectedPlatform, UaDataLike } from './detect.ts';
export { parsePlatformId, platformIds, platformLabels } from './platform-ids.ts';
export type { DeviceKind, PlatformId } from './platform-ids.ts';
