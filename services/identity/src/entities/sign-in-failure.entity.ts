import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A failed sign-in, kept 15 minutes to throttle guessing per login and per address; recorded for unknown logins too. */
@Entity('sign_in_failures')
export class SignInFailureEntity {
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id: string;

  @Column({ type: 'text' })
  login: string;

  /** the caller's address as the gateway forwarded it; null when it could not tell */
  @Column({ name: 'client_address', type: 'text', nullable: true })
  clientAddress: string | null;

  @Column({ name: 'failed_at', type: 'timestamptz', default: () => 'now()' })
  failedAt: Date;
}
