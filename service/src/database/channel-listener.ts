import type pg from 'pg';

/**
 * One pooled connection that LISTENs on a PostgreSQL channel. `ensure()` connects when there is
 * none, and again after the connection broke (the server restarted): call it before relying on it.
 */
export class ChannelListener {
  private client?: pg.PoolClient;

  constructor(
    private readonly pool: pg.Pool,
    private readonly channel: string,
    private readonly onNotification: (payload: string | undefined) => void,
  ) {}

  async ensure(): Promise<void> {
    if (this.client) return;
    const client = await this.pool.connect();
    client.on('notification', (message) => {
      if (message.channel === this.channel) this.onNotification(message.payload);
    });
    client.on('error', () => {
      // Broken: dropped here; the next ensure() listens on a new connection.
      if (this.client !== client) return;
      this.client = undefined;
      client.release(true);
    });
    try {
      await client.query(`LISTEN ${this.channel}`);
    } catch (error) {
      client.release(true);
      throw error;
    }
    this.client = client;
  }

  /** Stops listening and gives the connection back to the pool. */
  async close(): Promise<void> {
    const client = this.client;
    this.client = undefined;
    if (!client) return;
    await client.query(`UNLISTEN ${this.channel}`).catch(() => undefined);
    client.release();
  }
}
