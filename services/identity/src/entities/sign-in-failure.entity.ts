import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A failed sign-in, kept 15 minutes to throttle guessing; recorded for unknown logins too. */
@Entity('sign_in_failures')
export class SignInFailureEntity {
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id: string;

  @Column({ type: 'text' })
  login: string;

  @Column({ name: 'failed_at', type: 'timestamptz', default: () => 'now()' })
  failedAt: Date;
}
