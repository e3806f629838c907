import { Column, Entity, PrimaryColumn } from 'typeorm';

/** One started Gosuslugi sign-in: what the callback must match (state, nonce, PKCE verifier), good once for 10 minutes. */
@Entity('gosuslugi_sign_ins')
export class GosuslugiSignInEntity {
  @PrimaryColumn({ type: 'text' })
  state: string;

  @Column({ type: 'text' })
  nonce: string;

  @Column({ name: 'code_verifier', type: 'text' })
  codeVerifier: string;

  /** set when a signed-in parent links Gosuslugi to the account they already have */
  @Column({ name: 'linking_user_id', type: 'uuid', nullable: true })
  linkingUserId: string | null;

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt: Date;

  @Column({ name: 'expires_at', type: 'timestamptz' })
  expiresAt: Date;

  @Column({ name: 'used_at', type: 'timestamptz', nullable: true })
  usedAt: Date | null;
}
