/** The part of svgcanvas (a 2D canvas context that builds an SVG) the SVG export uses. */
declare module "svgcanvas" {
  export class Context {
    constructor(options: { width: number; height: number; document?: Document });
    fillStyle: string;
    fillRect(x: number, y: number, w: number, h: number): void;
    translate(x: number, y: number): void;
    scale(x: number, y: number): void;
    getSvg(): SVGSVGElement;
    getSerializedSvg(fixNamedEntities?: boolean): string;
  }
}
