import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/**
 * A printed flyer: its code is the `f=` of the scene in its QR code, so scans are counted per flyer
 * while the mini-program still routes the target without asking the server.
 */
@Entity({ name: 'scene_codes' })
export class SceneCode {
  @PrimaryColumn({ type: 'text' })
  code: string;

  /** The target part of the scene in the contract's grammar (`c=paris`, `a=pep`, `p=check`). */
  @Column({ type: 'text' })
  target: string;

  /** For the team: where and when the flyer is handed out ("Bus tour Belleville, Nov 2026"). */
  @Column({ type: 'text' })
  label: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
