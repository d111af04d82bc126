import { Controller, Get, NotFoundException, Param, Res } from '@nestjs/common';
import { type Response } from 'express';
import { CalendarFeedService } from './calendar-feed.service.js';

/** GET /calendar/<secret>.ics: calendar apps fetch without a session; the secret is the credential. */
@Controller('calendar')
export class CalendarFeedController {
  constructor(private readonly feeds: CalendarFeedService) {}

  @Get(':file')
  async feed(@Param('file') file: string, @Res() res: Response): Promise<void> {
    const secret = file.endsWith('.ics') ? file.slice(0, -'.ics'.length) : file;
    const calendar = secret.length <= 128 ? await this.feeds.render(secret) : null;
    if (calendar === null) throw new NotFoundException();
    res.setHeader('Cache-Control', 'private, no-store');
    res.type('text/calendar; charset=utf-8').send(calendar);
  }
}
