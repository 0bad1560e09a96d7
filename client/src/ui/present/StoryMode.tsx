/** Story mode: the story played full screen, scene by scene (owned by the story-mode work). */
import type { Scene, Story } from "../../core/story.js";

export interface StoryModeProps {
  story: Story;
  /** The scene to open on (its index). */
  start: number;
  /** Shows a scene on the explorer beneath (its view state); resolves once it is drawn. */
  showScene: (scene: Scene, options: { animate: boolean }) => Promise<void>;
  onExit: () => void;
}

export function StoryMode(_props: StoryModeProps) {
  return null;
}
