import type { Role, Viewer } from '../auth/viewer';
import { hasAnyRole } from '../auth/viewer';
import { paths, type RoutePath } from '../routes';

export interface CabinetSection {
  path: RoutePath;
  label: string;
  /** Navigation group the section sits in, e.g. «Услуги». */
  group?: string;
  /** Narrows the cabinet's roles for this section. */
  roles?: readonly Role[];
  description: string;
  emptyTitle: string;
  emptyDescription: string;
  action?: { label: string; to: RoutePath };
}

/** A screen reached from a section (a form, a record's page) rather than from the navigation. */
export interface SubScreen {
  path: RoutePath;
  roles: readonly Role[];
}

export interface Cabinet {
  basePath: RoutePath;
  title: string;
  roles: readonly Role[];
  sections: readonly CabinetSection[];
  subScreens: readonly SubScreen[];
}

const findProgram = { label: 'Выбрать программу в навигаторе', to: paths.catalogue };

// Ordered by precedence: a viewer with several roles lands in the first cabinet that fits.
export const cabinets: readonly Cabinet[] = [
  {
    basePath: paths.parentCabinet,
    title: 'Личный кабинет',
    roles: ['parent', 'child'],
    sections: [
      {
        path: paths.additionalEducation,
        label: 'Дополнительное образование',
        group: 'Услуги',
        description:
          'Сертификат дополнительного образования: заявка на сертификат, его номер, статус и остаток, запись в кружки и секции.',
        emptyTitle: 'Здесь появятся заявки на сертификат и сертификаты',
        emptyDescription: 'Сертификат выдаётся детям от 5 до 18 лет и оплачивает занятия в кружках и секциях из навигатора.',
        action: findProgram,
      },
      {
        path: paths.enrollments,
        label: 'Мои записи',
        group: 'Услуги',
        description: 'Заявки на зачисление в кружки и секции и их статус.',
        emptyTitle: 'Записей пока нет',
        emptyDescription: 'Выберите программу в навигаторе и запишите ребёнка в группу.',
        action: findProgram,
      },
      {
        path: paths.children,
        label: 'Дети',
        roles: ['parent'],
        description: 'Дети, законным представителем которых вы являетесь, и их документы.',
        emptyTitle: 'Здесь появятся ваши дети',
        emptyDescription: 'Для каждого ребёнка понадобится свидетельство о рождении, а с 14 лет — паспорт.',
      },
      {
        path: paths.mail,
        label: 'Почта',
        description: 'Письма о заявках, сертификатах и записи в кружки.',
        emptyTitle: 'Здесь появятся письма',
        emptyDescription: 'Копия каждого письма, отправленного вам на электронную почту, сохраняется здесь.',
      },
    ],
    subScreens: [
      { path: paths.newChild, roles: ['parent'] },
      { path: paths.editChild, roles: ['parent'] },
      { path: paths.newDocument, roles: ['parent', 'child'] },
    ],
  },
  {
    basePath: paths.operatorCabinet,
    title: 'Кабинет оператора МОЦ',
    roles: ['operator'],
    sections: [
      {
        path: paths.supportCentreOverview,
        label: 'Обзор',
        description: 'Заявки и сертификаты муниципалитета по дням и группам, очередь на активацию и использование квоты.',
        emptyTitle: 'Здесь появится обзор',
        emptyDescription: 'Обзор строится по заявкам и сертификатам вашего муниципалитета.',
      },
      {
        path: paths.operatorCertificates,
        label: 'Заявки и сертификаты',
        description:
          'Заявки на сертификаты и сертификаты детей вашего муниципалитета: сверка документов, активация, заявления от имени родителей.',
        emptyTitle: 'Здесь появятся заявки и сертификаты',
        emptyDescription: 'Заявки попадают сюда, когда родитель подтвердит адрес электронной почты.',
      },
      {
        path: paths.assistedApplication,
        label: 'Заявление от родителя',
        description: 'Заявление на сертификат за родителя, который пришёл в МОЦ лично.',
        emptyTitle: 'Здесь подаются заявления за родителей',
        emptyDescription: 'Найдите родителя и ребёнка и подайте заявление от их имени.',
      },
      {
        path: paths.familiesImport,
        label: 'Загрузка семей',
        description: 'Родители и дети муниципалитета из файла CSV, с временными паролями для первого входа.',
        emptyTitle: 'Здесь загружаются семьи из файла',
        emptyDescription: 'Файл загружается целиком или не загружается вовсе.',
      },
      {
        path: paths.operatorProgramReviews,
        label: 'Программы на проверке',
        description: 'Программы организаций, отправленные на сертификацию: опубликовать или вернуть с замечаниями.',
        emptyTitle: 'Здесь появятся программы, ожидающие проверки',
        emptyDescription: 'Программа попадает сюда, когда организация отправит её на проверку.',
      },
    ],
    subScreens: [{ path: paths.operatorCertificate, roles: ['operator'] }],
  },
  {
    basePath: paths.providerCabinet,
    title: 'Кабинет организации',
    roles: ['provider_staff'],
    sections: [
      {
        path: paths.providerPrograms,
        label: 'Программы',
        description: 'Программы вашей организации, их группы, расписание, педагоги и места.',
        emptyTitle: 'Здесь появятся программы вашей организации',
        emptyDescription: 'Опубликованные программы видны родителям в навигаторе.',
      },
      {
        path: paths.providerEnrollments,
        label: 'Заявки на зачисление',
        description: 'Заявки родителей на зачисление детей в группы: принять или отклонить.',
        emptyTitle: 'Здесь появятся заявки на зачисление',
        emptyDescription: 'На каждую заявку нужно ответить в установленный срок, иначе место освободится.',
      },
      {
        path: paths.providerReports,
        label: 'Отчёт и счета',
        description: 'Отчёт о проведённых за месяц занятиях и счета муниципалитетам.',
        emptyTitle: 'Здесь появятся счета',
        emptyDescription: 'Счёт выставляется по отчёту за месяц, отдельно для каждого муниципалитета.',
      },
      {
        path: paths.apiKeys,
        label: 'Ключи API',
        description: 'Ключи, с которыми информационные системы вашей организации публикуют программы и группы.',
        emptyTitle: 'Здесь появятся ключи API',
        emptyDescription: 'Ключ действует только от имени вашей организации, его можно отозвать.',
      },
    ],
    subScreens: [
      { path: paths.newProviderProgram, roles: ['provider_staff'] },
      { path: paths.providerProgram, roles: ['provider_staff'] },
    ],
  },
  {
    basePath: paths.regionCabinet,
    title: 'Кабинет регионального администратора',
    roles: ['regional_admin'],
    sections: [
      {
        path: paths.regionOverview,
        label: 'Обзор региона',
        description: 'Все муниципалитеты рядом: активация сертификатов, сертификаты финансирования, деньги, программы и места.',
        emptyTitle: 'Здесь появится обзор региона',
        emptyDescription: 'Обзор собирается из сертификатов, биллинга и навигатора.',
      },
      {
        path: paths.municipalities,
        label: 'Муниципалитеты',
        description: 'Муниципалитеты Кузбасса, их опорные центры и учреждения, активирующие сертификаты.',
        emptyTitle: 'Здесь появятся муниципалитеты',
        emptyDescription: 'Номер сертификата начинается с кода региона 42 и двузначного кода муниципалитета.',
      },
      {
        path: paths.certificateGroups,
        label: 'Группы сертификатов',
        description: 'Категории детей, для которых муниципалитеты устанавливают нормативы.',
        emptyTitle: 'Здесь появятся группы сертификатов',
        emptyDescription: 'Например, «Дети в возрасте от 5 до 18 лет».',
      },
      {
        path: paths.regionProgramReviews,
        label: 'Программы на проверке',
        description: 'Программы организаций, отправленные на сертификацию: опубликовать или вернуть с замечаниями.',
        emptyTitle: 'Здесь появятся программы, ожидающие проверки',
        emptyDescription: 'Программа попадает сюда, когда организация отправит её на проверку.',
      },
      {
        path: paths.systemState,
        label: 'Состояние системы',
        description: 'Обмен событиями между сервисами: неотправленные события, отставание обработки, недоставленные события.',
        emptyTitle: 'Здесь появится состояние сервисов',
        emptyDescription: 'Каждый сервис сообщает о своей очереди событий и о событиях, которые не смог обработать.',
      },
    ],
    subScreens: [],
  },
  {
    basePath: paths.financeCabinet,
    title: 'Кабинет уполномоченного органа',
    roles: ['finance_officer'],
    sections: [
      {
        path: paths.normatives,
        label: 'Нормативы',
        description: 'Норматив на сертификат, число финансируемых сертификатов и бюджет муниципалитета на учебный год.',
        emptyTitle: 'Здесь появятся нормативы',
        emptyDescription: 'Учебный год длится с 1 сентября по 31 августа; норматив задаётся для каждой группы сертификатов.',
      },
      {
        path: paths.budget,
        label: 'Бюджет',
        description: 'Бюджет и квота сертификатов муниципалитета на учебный год, обязательства и списания по месяцам.',
        emptyTitle: 'Здесь появится бюджет муниципалитета',
        emptyDescription: 'Бюджет складывается из нормативов по группам сертификатов.',
      },
      {
        path: paths.invoices,
        label: 'Счета',
        description: 'Счета организаций за оказанные услуги: проверка и утверждение к оплате.',
        emptyTitle: 'Здесь появятся счета организаций',
        emptyDescription: 'Счета выставляются раз в месяц по отчётам организаций о проведённых занятиях.',
      },
    ],
    subScreens: [],
  },
];

export function sectionRoles(cabinet: Cabinet, section: CabinetSection): readonly Role[] {
  return section.roles ?? cabinet.roles;
}

export function visibleSections(cabinet: Cabinet, viewer: Viewer): CabinetSection[] {
  return cabinet.sections.filter((section) => hasAnyRole(viewer, sectionRoles(cabinet, section)));
}

export function cabinetsOf(viewer: Viewer): Cabinet[] {
  return cabinets.filter((cabinet) => hasAnyRole(viewer, cabinet.roles));
}

/** The first section of a cabinet the viewer may open; null when none fits their roles. */
export function cabinetHome(cabinet: Cabinet, viewer: Viewer): string | null {
  const [section] = visibleSections(cabinet, viewer);
  return section === undefined ? null : section.path;
}

/** Where a viewer lands after signing in; null when no cabinet fits their roles. */
export function homeOf(viewer: Viewer): string | null {
  const [cabinet] = cabinetsOf(viewer);
  return cabinet === undefined ? null : cabinetHome(cabinet, viewer);
}

/** Every cabinet screen a viewer with this one role may open: the sections and the screens reached from them. */
export function cabinetPathsOf(role: Role): RoutePath[] {
  return cabinets.flatMap((cabinet) => [
    ...cabinet.sections.filter((section) => sectionRoles(cabinet, section).includes(role)).map((section) => section.path),
    ...cabinet.subScreens.filter((screen) => screen.roles.includes(role)).map((screen) => screen.path),
  ]);
}
