import * as Comlink from 'comlink';
import type { DigitisedCurve, DigitiseRequest, MonteCarloWorkerApi, RgbaImage } from '../api.ts';
import type { Job } from '../Lanes.ts';
import { MAX_FIGURE_PIXELS } from '../../engine/limits.ts';

/**
 * Reading one curve off a figure as a pool job, on the "digitise" lane (one worker): the worker
 * takes the colour at the click (or the colour given) and follows the curve with the engine's
 * `extractCurve`, so the page never freezes on a large image. The pixels are copied and the copy
 * transferred, so the caller keeps its image. A newer reading supersedes a running one. Throws a
 * RangeError for an empty or oversized image, or a request with neither click nor colour.
 * @example const curve = await lanes.run(digitiseJob(image, { calibration, click: { x: 390, y: 269 } }));
 */
export function digitiseJob(
  image: RgbaImage,
  request: DigitiseRequest,
): Job<MonteCarloWorkerApi, DigitisedCurve> {
  const { width, height } = image;
  if (!(Number.isInteger(width) && Number.isInteger(height) && width > 0 && height > 0)) {
    throw new RangeError(`an image must have whole positive sides, got ${width} × ${height}`);
  }
  if (width * height > MAX_FIGURE_PIXELS) {
    throw new RangeError(
      `the image has ${(width * height).toLocaleString('en')} pixels; at most ${MAX_FIGURE_PIXELS.toLocaleString('en')} are read`,
    );
  }
  if (image.data.length !== width * height * 4) {
    throw new RangeError(`the image's data must hold 4 bytes per pixel (${width} × ${height})`);
  }
  if (!request.click && request.colour === undefined) {
    throw new RangeError('give a click on the curve or its colour');
  }
  return {
    lane: 'digitise',
    total: 1,
    async execute({ spread }) {
      const [curve] = await spread(1, (remote) => {
        const data = image.data.slice();
        return remote.extractCurve(
          Comlink.transfer({ width, height, data }, [data.buffer]),
          request,
        );
      });
      return curve;
    },
  };
}
